-- Inventory (issue 12): stock per variant per location, an append-only adjustment history,
-- low-stock thresholds and reservations with an expiry. Never qualify names here.

create table inventory_location (
	id uuid primary key,
	name varchar(100) not null unique,
	is_default boolean not null default false,
	created_at timestamptz not null default now()
);

-- [jooq ignore start]
-- exactly one default location per shop
create unique index inventory_location_one_default_idx on inventory_location (is_default) where is_default;

insert into inventory_location (id, name, is_default) values (gen_random_uuid(), 'Default', true);
-- [jooq ignore stop]

-- Per variant: the threshold under which the merchant is warned.
create table inventory_item (
	variant_id uuid primary key references product_variant (id) on delete cascade,
	low_stock_threshold integer not null default 0 check (low_stock_threshold >= 0)
);

-- What is on the shelf and how much of it checkouts hold. The checks are the last line
-- against overselling: reserved never exceeds on hand, and neither goes negative.
create table inventory_level (
	variant_id uuid not null references product_variant (id) on delete cascade,
	location_id uuid not null references inventory_location (id) on delete restrict,
	on_hand integer not null default 0 check (on_hand >= 0),
	reserved integer not null default 0 check (reserved >= 0 and reserved <= on_hand),
	updated_at timestamptz not null default now(),
	primary key (variant_id, location_id)
);

-- Append-only: rows are inserted, never updated or deleted (the application never does).
create table inventory_adjustment (
	id uuid primary key,
	variant_id uuid not null references product_variant (id) on delete cascade,
	location_id uuid not null references inventory_location (id) on delete restrict,
	delta integer not null check (delta <> 0),
	reason varchar(20) not null check (reason in ('received', 'damaged', 'correction', 'sold', 'returned')),
	note varchar(300),
	actor varchar(200),
	on_hand_after integer not null check (on_hand_after >= 0),
	created_at timestamptz not null default now()
);

create index inventory_adjustment_variant_idx on inventory_adjustment (variant_id, created_at desc);

create table inventory_reservation (
	id uuid primary key,
	variant_id uuid not null references product_variant (id) on delete cascade,
	location_id uuid not null references inventory_location (id) on delete restrict,
	quantity integer not null check (quantity > 0),
	state varchar(10) not null default 'held' check (state in ('held', 'committed', 'released', 'expired')),
	reference varchar(100),
	expires_at timestamptz not null,
	created_at timestamptz not null default now()
);

-- [jooq ignore start]
-- the expiry sweep looks only at held reservations
create index inventory_reservation_expiry_idx on inventory_reservation (expires_at) where state = 'held';
-- [jooq ignore stop]
