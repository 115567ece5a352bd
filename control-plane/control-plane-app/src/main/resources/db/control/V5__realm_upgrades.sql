-- The fleet task that brings every active shop's Keycloak realm up to date (ADR 0097): one run
-- at a time across every control-plane node, its progress readable from any of them.
create table realm_upgrade (
	id bigint generated always as identity primary key,
	started_by varchar(254) not null,
	started_at timestamptz not null default now(),
	-- moved after every realm: a run whose node died stops moving and may be replaced
	heartbeat_at timestamptz not null default now(),
	finished_at timestamptz,
	interrupted boolean not null default false,
	total integer not null check (total >= 0),
	done integer not null default 0 check (done between 0 and total),
	upgraded integer not null default 0 check (upgraded between 0 and done)
);

-- at most one unfinished run, whichever node started it
create unique index realm_upgrade_one_unfinished on realm_upgrade ((true)) where finished_at is null;

create table realm_upgrade_failure (
	upgrade_id bigint not null references realm_upgrade (id) on delete cascade,
	slug varchar(40) not null,
	reason text not null,
	primary key (upgrade_id, slug)
);

-- when a realm upgrade last found (or made) the shop's realm up to date
alter table tenant add column realm_upgraded_at timestamptz;
