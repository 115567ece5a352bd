-- Customers (issue 14, docs/adr/0076): a profile per account of the shop's realm, keyed by
-- the realm's subject (the Keycloak user id; the password stays in Keycloak), the
-- customer's addresses, and which orders a customer placed. Never qualify names here.

create table customer_profile (
	subject varchar(64) primary key,
	email varchar(254) not null,
	name varchar(200) not null,
	-- no foreign key: deleting an address clears it in the same transaction (the two
	-- tables would reference each other)
	default_address_id uuid,
	created_at timestamptz not null,
	updated_at timestamptz not null
);

create table customer_address (
	id uuid primary key,
	subject varchar(64) not null references customer_profile (subject) on delete cascade,
	recipient varchar(200) not null,
	line1 varchar(200) not null,
	line2 varchar(200) not null,
	postal_code varchar(20) not null,
	city varchar(100) not null,
	region varchar(100) not null,
	-- ISO 3166-1 alpha-2, upper case
	country varchar(2) not null check (char_length(country) = 2),
	phone varchar(40) not null,
	created_at timestamptz not null
);

create index customer_address_subject_idx on customer_address (subject, created_at, id);

-- The orders a signed-in customer placed, kept by orders' events in the order's own
-- transaction: the account's order history without reading another module's tables.
create table customer_order (
	order_id uuid primary key,
	subject varchar(64) not null,
	order_number bigint not null check (order_number > 0),
	state varchar(20) not null,
	currency varchar(3) not null,
	total_minor bigint not null check (total_minor >= 0),
	placed_at timestamptz not null
);

-- the history: newest first, keyset on the number
create index customer_order_subject_number_idx on customer_order (subject, order_number desc);
