-- Tenant catalogue. Runs with the tenant schema (t_<slug>) as the default schema:
-- never qualify names here, Flyway sets the search_path.
create table catalog_product (
	id uuid primary key,
	sku varchar(64) not null unique,
	name varchar(200) not null,
	description text,
	price_minor bigint not null check (price_minor >= 0),
	currency char(3) not null,
	created_at timestamptz not null default now()
);

-- Newest-first paging orders by (created_at desc, id desc).
create index catalog_product_created_at_id_idx on catalog_product (created_at, id);
