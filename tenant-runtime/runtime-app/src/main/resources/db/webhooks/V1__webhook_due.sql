-- Which shops of this database have webhook deliveries due, and from when (docs/adr/0070):
-- one row per shop that ever had one, so a node finds due work with one indexed query
-- instead of looking into every tenant schema. Migrated by each runtime node at start,
-- history in rustok_webhooks.flyway_schema_history; never by the tenant migrations.

create table webhook_due (
    tenant_id text primary key,
    -- the earliest due delivery, the lease while a node works on the shop, or null
    due_at    timestamptz
);

create index webhook_due_at on webhook_due (due_at) where due_at is not null;
