-- Webhooks (issue 13, docs/adr/0069 and 0070): the shop's endpoints, the event types each
-- one subscribes to, one delivery per event and endpoint, and every attempt made for it.
-- Never qualify names here.

create table webhook_endpoint (
	id uuid primary key,
	url varchar(2000) not null,
	description varchar(200) not null,
	-- Standard Webhooks form: whsec_ and base64 of 32 random bytes; shown once, at creation
	-- and rotation
	secret varchar(100) not null,
	enabled boolean not null,
	-- why the platform (or a person) turned it off; the admin shows it as a notice
	disabled_reason varchar(500),
	disabled_at timestamptz,
	consecutive_failures integer not null check (consecutive_failures >= 0),
	created_at timestamptz not null,
	updated_at timestamptz not null
);

create table webhook_subscription (
	endpoint_id uuid not null references webhook_endpoint (id) on delete cascade,
	event_type varchar(100) not null,
	primary key (endpoint_id, event_type)
);

-- the fan-out: the endpoints of one event type
create index webhook_subscription_type_idx on webhook_subscription (event_type);

-- One per event and endpoint. The body is stored once, at fan-out, so every attempt
-- sends the same bytes; the signature's timestamp is the attempt's.
create table webhook_delivery (
	seq bigint generated always as identity unique,
	id uuid primary key,
	endpoint_id uuid not null references webhook_endpoint (id) on delete cascade,
	event_id uuid not null,
	event_type varchar(100) not null,
	body text not null,
	status varchar(20) not null check (status in ('pending', 'delivered', 'failed', 'abandoned')),
	attempts integer not null check (attempts >= 0),
	last_status_code integer,
	last_latency_ms integer,
	last_error varchar(1000),
	-- due time while pending: now, the backoff after a failure, or the lease while a node
	-- sends it
	next_attempt_at timestamptz,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	unique (endpoint_id, event_id)
);

-- the admin's list, newest first, per endpoint or for the shop
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, seq desc);

-- [jooq ignore start]
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';
-- [jooq ignore stop]

-- Every call made: status (null when no answer came), latency and error.
create table webhook_attempt (
	delivery_id uuid not null references webhook_delivery (id) on delete cascade,
	attempt integer not null check (attempt > 0),
	attempted_at timestamptz not null,
	status_code integer,
	latency_ms integer not null check (latency_ms >= 0),
	error varchar(1000),
	primary key (delivery_id, attempt)
);
