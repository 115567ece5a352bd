-- The storefront's read side (issue 13, docs/adr/0064): one document per active product,
-- rebuilt from the catalogue and inventory tables by the indexer (catalogindex) after
-- each of their events, and read by the storefront without a join on those tables.
-- Drafts, archived and deleted products have no row. Never qualify names here.

create table read_product (
	product_id uuid primary key,
	handle varchar(120) not null unique,
	title varchar(200) not null,
	-- the title sort: lower(title) in the database's collation, as the write model sorted
	title_key varchar(200) not null,
	created_at timestamptz not null,
	-- stock not tracked, or some variant with stock that no checkout holds
	available boolean not null,
	image_url varchar(2048),
	image_alt varchar(300),
	-- the public product (options, variants with prices per currency and availability,
	-- images, tags, collections, description), served as it is
	document jsonb not null,
	-- facet values: tags, collection handles (with their ancestors), collection ids (the
	-- same), category ids, option values by option name
	facets jsonb not null,
	-- the text search configuration the search vector was built with
	search_config varchar(40) not null default 'simple',
	indexed_at timestamptz not null default now()
);

-- [jooq ignore start]
-- weighted: title A, tags B, description C (docs/adr/0065)
alter table read_product add column search tsvector not null default ''::tsvector;
create index read_product_newest_idx on read_product (created_at desc, product_id desc);
create index read_product_title_idx on read_product (title_key, product_id);
create index read_product_facets_idx on read_product using gin (facets jsonb_path_ops);
create index read_product_search_idx on read_product using gin (search);
-- [jooq ignore stop]

-- Per product and currency: the price range and sort key, and every variant's amount for
-- the price filter ("some variant between min and max").
create table read_product_price (
	product_id uuid not null references read_product (product_id) on delete cascade,
	currency char(3) not null,
	min_minor bigint not null,
	max_minor bigint not null,
	compare_at_min_minor bigint,
	amounts bigint[] not null,
	primary key (product_id, currency)
);

create index read_product_price_sort_idx on read_product_price (currency, min_minor, product_id);

-- Old handles of active products, which the storefront redirects.
create table read_handle_redirect (
	old_handle varchar(120) primary key,
	product_id uuid not null references read_product (product_id) on delete cascade
);

create index read_handle_redirect_product_idx on read_handle_redirect (product_id);
