-- The catalogue proper (issue 12): products with options and variants, prices per currency,
-- images, tags, nested collections and a category tree. Never qualify names here, Flyway
-- sets the search_path to the tenant schema. The flat catalog_product of V1 is copied over
-- below and dropped once no code reads it (a later migration).

-- Currencies the shop sells in; a price in any other currency is refused.
alter table store_settings add column currencies varchar(3)[] not null default '{EUR,USD}';

create table product (
	id uuid primary key,
	handle varchar(120) not null unique,
	title varchar(200) not null,
	description text,
	status varchar(10) not null default 'draft' check (status in ('draft', 'active', 'archived')),
	-- off: always available, no stock is kept or reserved
	track_inventory boolean not null default true,
	-- optimistic locking: every update names the version it read and bumps it
	version integer not null default 1 check (version > 0),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

-- Storefront lists only active products, newest first by default (keyset on created_at, id).
-- [jooq ignore start]
create index product_active_newest_idx on product (created_at desc, id desc) where status = 'active';
create index product_active_title_idx on product (lower(title), id) where status = 'active';
-- [jooq ignore stop]

-- A handle the product had before: the storefront redirects it to the current one.
create table product_handle_redirect (
	old_handle varchar(120) primary key,
	product_id uuid not null references product (id) on delete cascade,
	created_at timestamptz not null default now()
);

-- Options in order (Size, Colour), each with its values in order.
create table product_option (
	product_id uuid not null references product (id) on delete cascade,
	position smallint not null check (position >= 0),
	name varchar(60) not null,
	option_values varchar(60)[] not null,
	primary key (product_id, position),
	unique (product_id, name)
);

-- One variant per combination of option values (in option order). A product without
-- options has exactly one variant with no option values.
create table product_variant (
	id uuid primary key,
	product_id uuid not null references product (id) on delete cascade,
	position smallint not null check (position >= 0),
	sku varchar(64) not null unique,
	option_values varchar(60)[] not null default '{}',
	weight_grams integer check (weight_grams >= 0),
	barcode varchar(64),
	created_at timestamptz not null default now(),
	unique (product_id, option_values)
);

create index product_variant_product_idx on product_variant (product_id, position);

-- Prices in integer minor units, one row per currency the variant is sold in.
create table variant_price (
	variant_id uuid not null references product_variant (id) on delete cascade,
	currency char(3) not null,
	amount_minor bigint not null check (amount_minor >= 0 and amount_minor <= 1000000000000),
	compare_at_minor bigint check (compare_at_minor >= 0 and compare_at_minor <= 1000000000000),
	primary key (variant_id, currency)
);

-- Price filters and sort: the cheapest variant of a product in a currency.
create index variant_price_currency_amount_idx on variant_price (currency, amount_minor);

create table product_image (
	id uuid primary key,
	product_id uuid not null references product (id) on delete cascade,
	position smallint not null check (position >= 0),
	url varchar(2048) not null check (url ~ '^https?://'),
	alt varchar(300),
	unique (product_id, position)
);

create table product_tag (
	product_id uuid not null references product (id) on delete cascade,
	tag varchar(60) not null,
	primary key (product_id, tag)
);

create index product_tag_tag_idx on product_tag (tag, product_id);

-- Manual collections, nested (a collection may have a parent collection).
create table collection (
	id uuid primary key,
	handle varchar(120) not null unique,
	title varchar(200) not null,
	description text,
	parent_id uuid references collection (id) on delete set null,
	version integer not null default 1 check (version > 0),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table collection_product (
	collection_id uuid not null references collection (id) on delete cascade,
	product_id uuid not null references product (id) on delete cascade,
	position integer not null default 0,
	primary key (collection_id, product_id)
);

create index collection_product_product_idx on collection_product (product_id);

-- The category tree: every category but the roots has a parent.
create table category (
	id uuid primary key,
	handle varchar(120) not null unique,
	name varchar(200) not null,
	parent_id uuid references category (id) on delete restrict,
	position integer not null default 0,
	version integer not null default 1 check (version > 0),
	created_at timestamptz not null default now()
);

create table product_category (
	product_id uuid not null references product (id) on delete cascade,
	category_id uuid not null references category (id) on delete cascade,
	primary key (product_id, category_id)
);

create index product_category_category_idx on product_category (category_id);

-- [jooq ignore start]
-- Existing shops keep their products: each flat row becomes an active product with one
-- default variant carrying its SKU and price. They were always on sale, so they stay
-- available: stock is not tracked for them until the merchant turns it on.
-- Handles: the first product with a base keeps it; later ones get a suffix from their own
-- id, because a counted suffix could collide with another product's base ("Tee 2" and a
-- second "Tee" would both be tee-2). The cut at 100 is trimmed again so that no handle
-- ends with a dash.
insert into product (id, handle, title, description, status, track_inventory, created_at, updated_at)
select p.id,
	case when h.rank = 1 then h.base else h.base || '-' || left(replace(p.id::text, '-', ''), 12) end,
	p.name, p.description, 'active', false, p.created_at, p.created_at
from catalog_product p
join (
	select id, base, row_number() over (partition by base order by created_at, id) as rank
	from (
		select id, created_at,
			coalesce(nullif(trim(both '-' from left(trim(both '-' from lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g'))), 100)), ''),
				'product-' || left(id::text, 8)) as base
		from catalog_product
	) named
) h on h.id = p.id;

insert into product_variant (id, product_id, position, sku, option_values, created_at)
select gen_random_uuid(), p.id, 0, p.sku, '{}', p.created_at from catalog_product p;

insert into variant_price (variant_id, currency, amount_minor)
select v.id, p.currency, p.price_minor
from catalog_product p join product_variant v on v.product_id = p.id;

-- a shop that already sold in other currencies keeps selling in them
update store_settings set currencies = array(
	select distinct c from unnest(currencies || array(select distinct currency::varchar(3) from catalog_product)) c order by c);
-- [jooq ignore stop]
