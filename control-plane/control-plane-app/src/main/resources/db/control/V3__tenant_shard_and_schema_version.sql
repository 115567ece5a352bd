-- Where each tenant's schema lives and how far its migrations got (ADR 0002, ADR 0029):
-- shard names the database as the runtimes' rustok.shards.<name> configuration does; both are
-- recorded by provisioning after its migrations step. Tenants whose schema was created
-- before shards were recorded live on the only database there was.
alter table tenant add column shard varchar(63);
alter table tenant add column schema_version varchar(50);
update tenant set shard = 'default' where last_completed_step is not null;
create index tenant_shard_idx on tenant (shard);
