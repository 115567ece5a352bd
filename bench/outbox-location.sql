-- The outbox location figures of docs/adr/0054: 10,000 tenant outbox tables against one shard
-- table with a tenant column. Run: psql -h 127.0.0.1 -U postgres -f bench/outbox-location.sql
-- (creates and leaves a scratch database outbox_figures of ~1 GB: drop it afterwards).
\timing on
drop database if exists outbox_figures;
create database outbox_figures;
\c outbox_figures
-- per-tenant layout: 10,000 schemas with an outbox table each
do $$ begin for i in 1..10000 loop
  commit;
  execute format('create schema t_%s; create table t_%s.outbox(position bigint generated always as identity primary key, id uuid not null, type text not null, aggregate_id uuid not null, payload jsonb not null, delivered_at timestamptz)', i, i);
  execute format('create index on t_%s.outbox(position) where delivered_at is null', i);
end loop; end $$;
-- shared layout: one table with a tenant column
create schema rustok_events;
create table rustok_events.outbox(position bigint generated always as identity primary key, id uuid not null, tenant_id text not null, type text not null, aggregate_id uuid not null, payload jsonb not null, delivered_at timestamptz, next_attempt_at timestamptz not null default now());
create index on rustok_events.outbox(position) where delivered_at is null;
create index on rustok_events.outbox(tenant_id, aggregate_id, position) where delivered_at is null;
-- inserts: 20,000 events spread over the 10,000 tenants
create or replace procedure ins_per_tenant() language plpgsql as $$ declare s timestamptz := clock_timestamp(); begin
 for i in 1..20000 loop if i % 100 = 0 then commit; end if; execute format('insert into t_%s.outbox(id,type,aggregate_id,payload) values (gen_random_uuid(),''catalog.ProductCreated'',gen_random_uuid(),''{"a":1}'')', 1 + i % 10000); end loop;
 raise notice 'insert per tenant x20000: %', clock_timestamp() - s; end $$;
create or replace procedure ins_shared() language plpgsql as $$ declare s timestamptz := clock_timestamp(); begin
 for i in 1..20000 loop if i % 100 = 0 then commit; end if; execute 'insert into rustok_events.outbox(id,tenant_id,type,aggregate_id,payload) values (gen_random_uuid(),$1,''catalog.ProductCreated'',gen_random_uuid(),''{"a":1}'')' using 't_' || (1 + i % 10000); end loop;
 raise notice 'insert shared x20000: %', clock_timestamp() - s; end $$;
call ins_per_tenant();
call ins_shared();
call ins_per_tenant();
call ins_shared();
-- one relay round when nothing is pending in most tables: claim up to 100 events
update rustok_events.outbox set delivered_at = now() where position > 100;
do $$ begin for i in 101..10000 loop execute format('update t_%s.outbox set delivered_at = now()', i); commit; end loop; end $$;
vacuum analyze;
create or replace procedure claim_per_tenant() language plpgsql as $$ declare s timestamptz := clock_timestamp(); n int := 0; c int; begin
 for i in 1..10000 loop execute format('select count(*) from (select position from t_%s.outbox where delivered_at is null order by position limit 100 for update skip locked) x', i) into c; n := n + c; commit; end loop;
 raise notice 'claim round per tenant: claimed % in %', n, clock_timestamp() - s; end $$;
create or replace function claim_shared() returns interval language plpgsql as $$ declare s timestamptz := clock_timestamp(); c int; begin
 for r in 1..100 loop
 select count(*) into c from (select e.position from rustok_events.outbox e where e.delivered_at is null and e.next_attempt_at <= now()
   and not exists (select 1 from rustok_events.outbox p where p.delivered_at is null and p.tenant_id = e.tenant_id and p.aggregate_id = e.aggregate_id and p.position < e.position)
   order by e.position limit 100 for update skip locked) x;
 end loop;
 return (clock_timestamp() - s) / 100; end $$;
call claim_per_tenant();
call claim_per_tenant();
begin; select 'claim shared, mean of 100' as what, claim_shared(); commit;
select pg_size_pretty(pg_database_size('outbox_figures'));
