-- The shard's event backbone (docs/adr/0054): one outbox for every tenant schema of this
-- database, written in the tenant's own transaction. Migrated by each runtime node at
-- start, history in rustok_events.flyway_schema_history; never by the tenant migrations.

create table outbox_event (
    position          bigint generated always as identity primary key,
    id                uuid        not null unique,
    tenant_id         text        not null,
    type              text        not null,
    schema_version    int         not null,
    aggregate_type    text        not null,
    aggregate_id      uuid        not null,
    aggregate_version bigint      not null,
    occurred_at       timestamptz not null,
    correlation_id    uuid        not null,
    causation_id      uuid,
    payload           jsonb       not null,
    attempts          int         not null default 0,
    -- due time: now for a new event, the backoff after a failure, the lease while a node
    -- delivers it (docs/adr/0055)
    next_attempt_at   timestamptz not null default now(),
    last_error        text,
    delivered_at      timestamptz
);

-- the relay's claim: pending events by position, and the head of each aggregate's queue
create index outbox_event_pending on outbox_event (position) where delivered_at is null;
create index outbox_event_aggregate on outbox_event (tenant_id, aggregate_type, aggregate_id, position)
    where delivered_at is null;
create index outbox_event_delivered on outbox_event (delivered_at) where delivered_at is not null;

-- one notification per writing transaction (PostgreSQL folds equal ones), sent at commit
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('rustok_outbox', '');
    return null;
end $$;

create trigger outbox_event_written after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- events that failed 5 times, with the last error, until a replay puts them back
create table dead_letter (
    id                uuid        primary key,
    tenant_id         text        not null,
    type              text        not null,
    schema_version    int         not null,
    aggregate_type    text        not null,
    aggregate_id      uuid        not null,
    aggregate_version bigint      not null,
    occurred_at       timestamptz not null,
    correlation_id    uuid        not null,
    causation_id      uuid,
    payload           jsonb       not null,
    attempts          int         not null,
    last_error        text        not null,
    failed_at         timestamptz not null
);

create index dead_letter_by_tenant on dead_letter (tenant_id, failed_at desc, id);

-- which handler applied which event, written in the transaction of the handler's effect
create table handled_event (
    handler    text        not null,
    event_id   uuid        not null,
    tenant_id  text        not null,
    handled_at timestamptz not null default now(),
    primary key (handler, event_id)
);

create index handled_event_age on handled_event (handled_at);
