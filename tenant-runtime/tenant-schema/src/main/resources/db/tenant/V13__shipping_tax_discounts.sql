-- The merchant's checkout rules (issue 14, docs/adr/0073): shipping methods (flat rate or
-- weight bands), tax rates per region and discount codes. Never qualify names here.

create table shipping_method (
	code varchar(40) primary key,
	name varchar(100) not null,
	kind varchar(12) not null check (kind in ('flat', 'weight')),
	currency char(3) not null,
	-- the flat rate; null for a weight-based method
	rate_minor bigint check (rate_minor >= 0 and rate_minor <= 1000000000000),
	created_at timestamptz not null default now()
);

-- A weight-based method's bands: parcels up to up_to_grams (inclusive) cost rate_minor.
create table shipping_band (
	method_code varchar(40) not null references shipping_method (code) on delete cascade,
	up_to_grams bigint not null check (up_to_grams >= 0),
	rate_minor bigint not null check (rate_minor >= 0 and rate_minor <= 1000000000000),
	primary key (method_code, up_to_grams)
);

-- A region is a country (DE) or a country and a subdivision (US-NY); the most specific wins.
create table tax_rate (
	region varchar(10) primary key,
	basis_points integer not null check (basis_points between 0 and 10000),
	inclusive boolean not null
);

-- Codes are stored upper case and matched case-insensitively.
create table discount_code (
	code varchar(40) primary key,
	kind varchar(14) not null check (kind in ('percentage', 'fixed', 'free_shipping')),
	basis_points integer check (basis_points between 1 and 10000),
	amount_minor bigint check (amount_minor >= 0 and amount_minor <= 1000000000000),
	currency char(3),
	minimum_subtotal_minor bigint not null default 0 check (minimum_subtotal_minor >= 0),
	usage_limit integer check (usage_limit > 0),
	used_count integer not null default 0 check (used_count >= 0),
	starts_at timestamptz,
	ends_at timestamptz,
	created_at timestamptz not null default now(),
	-- the last guard against a code used more often than allowed
	check (usage_limit is null or used_count <= usage_limit)
);
