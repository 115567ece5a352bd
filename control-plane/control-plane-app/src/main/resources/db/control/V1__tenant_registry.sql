-- The tenant registry: the source of truth for every tenant. The Hazelcast route maps are a
-- projection of it, rebuilt from here at start-up. Runs with schema "control" as the default.
create table tenant (
	slug varchar(40) primary key,
	shop_name varchar(100) not null,
	owner_email varchar(254) not null,
	-- Keycloak's PBKDF2 credential (never the plain password), kept only until the realm exists
	owner_password_secret text,
	owner_password_credential text,
	plan varchar(32) not null,
	status varchar(16) not null check (status in ('PROVISIONING', 'ACTIVE', 'FAILED', 'SUSPENDED')),
	last_completed_step varchar(16) check (last_completed_step in ('SCHEMA', 'MIGRATIONS', 'REALM', 'ROUTE')),
	failure_reason text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check ((owner_password_secret is null) = (owner_password_credential is null))
);

create index tenant_status_idx on tenant (status);
