-- Carts and checkouts (issue 14, docs/adr/0071 and 0072). Never qualify names here.

-- A shopper's cart: anonymous (found by the random id in its HttpOnly cookie) or a
-- customer's. One currency per cart; an open cart expires when nobody touched it.
create table cart (
	id uuid primary key,
	currency char(3) not null,
	customer_id varchar(100),
	state varchar(12) not null default 'open' check (state in ('open', 'checked_out', 'merged')),
	-- bumped by every change of the lines: a checkout knows whether the cart moved since it started
	revision integer not null default 0 check (revision >= 0),
	created_at timestamptz not null,
	updated_at timestamptz not null,
	expires_at timestamptz not null
);

-- [jooq ignore start]
-- a customer has at most one open cart; the expiry sweep looks only at open carts
create unique index cart_customer_open_idx on cart (customer_id) where state = 'open' and customer_id is not null;
create index cart_open_expiry_idx on cart (expires_at) where state = 'open';
-- [jooq ignore stop]

-- One line per variant; the price is not stored: it is read from the catalogue every time.
create table cart_line (
	cart_id uuid not null references cart (id) on delete cascade,
	variant_id uuid not null references product_variant (id) on delete cascade,
	quantity integer not null check (quantity between 1 and 99),
	added_at timestamptz not null,
	primary key (cart_id, variant_id)
);

-- The checkout of a cart (one per cart): contact, address, choices, the stock it holds and,
-- once completed, the order it placed under its idempotency key.
create table checkout (
	id uuid primary key,
	cart_id uuid not null unique references cart (id) on delete cascade,
	state varchar(10) not null check (state in ('open', 'completed', 'abandoned')),
	cart_revision integer not null,
	email varchar(254) not null,
	full_name varchar(200) not null,
	address_line1 varchar(200) not null,
	address_line2 varchar(200),
	city varchar(100) not null,
	postal_code varchar(20) not null,
	country char(2) not null,
	region varchar(10),
	shipping_method varchar(40),
	discount_code varchar(40),
	idempotency_key varchar(255) unique,
	order_id uuid,
	order_number bigint,
	payment_state varchar(12) check (payment_state in ('paid', 'awaiting', 'unavailable', 'declined')),
	created_at timestamptz not null,
	updated_at timestamptz not null,
	expires_at timestamptz not null
);

-- The stock holds the checkout took when it started (inventory's reservation ids).
create table checkout_reservation (
	checkout_id uuid not null references checkout (id) on delete cascade,
	reservation_id uuid not null,
	primary key (checkout_id, reservation_id)
);
