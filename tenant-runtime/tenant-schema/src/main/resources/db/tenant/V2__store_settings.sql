-- The shop's own settings: exactly one row. Provisioning writes the name chosen at signup;
-- the storefront shows it. Never qualify names here, Flyway sets the search_path.
create table store_settings (
	id smallint primary key default 1 check (id = 1),
	shop_name varchar(100) not null,
	updated_at timestamptz not null default now()
);
