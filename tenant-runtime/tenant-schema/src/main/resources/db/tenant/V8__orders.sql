-- Orders (issue 14, docs/adr/0058 and 0060): header with totals and state, lines as
-- bought, the timeline of every transition, and the shop's order-number counter. Never
-- qualify names here.

-- One row: the last order number given. It is updated in the transaction that inserts the
-- order, so a rolled-back order gives its number back and numbers have no gaps.
create table order_number_counter (
	id smallint primary key check (id = 1),
	last_number bigint not null check (last_number >= 0)
);

insert into order_number_counter (id, last_number) values (1, 0);

create table order_header (
	id uuid primary key,
	order_number bigint not null unique check (order_number > 0),
	state varchar(20) not null check (state in ('pending', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered',
		'cancelled', 'refunded')),
	currency varchar(3) not null,
	subtotal_minor bigint not null check (subtotal_minor >= 0),
	discount_minor bigint not null check (discount_minor >= 0 and discount_minor <= subtotal_minor),
	shipping_minor bigint not null check (shipping_minor >= 0),
	tax_minor bigint not null check (tax_minor >= 0),
	tax_inclusive boolean not null,
	total_minor bigint not null check (total_minor >= 0),
	refunded_minor bigint not null default 0 check (refunded_minor >= 0 and refunded_minor <= total_minor),
	placed_at timestamptz not null,
	updated_at timestamptz not null
);

-- the admin list: newest first, optionally by state
create index order_header_state_number_idx on order_header (state, order_number desc);

create table order_line (
	order_id uuid not null references order_header (id) on delete cascade,
	line_number integer not null check (line_number > 0),
	-- no reference to product_variant: an order keeps what was bought after the product goes
	variant_id uuid not null,
	sku varchar(100),
	title varchar(200) not null,
	unit_price_minor bigint not null check (unit_price_minor >= 0),
	quantity integer not null check (quantity > 0),
	fulfilled integer not null default 0 check (fulfilled >= 0 and fulfilled <= quantity),
	primary key (order_id, line_number)
);

-- The stock holds checkout took for the order: committed when it is paid, released when
-- it is cancelled.
create table order_reservation (
	order_id uuid not null references order_header (id) on delete cascade,
	reservation_id uuid not null,
	primary key (order_id, reservation_id)
);

-- Append-only: who did what to the order, when and why.
create table order_timeline (
	order_id uuid not null references order_header (id) on delete cascade,
	seq integer not null check (seq > 0),
	happened_at timestamptz not null,
	actor varchar(200) not null,
	action varchar(20) not null check (action in ('placed', 'paid', 'fulfilled', 'delivered', 'cancelled', 'refunded')),
	state varchar(20) not null,
	detail varchar(500) not null,
	reason varchar(500) not null,
	primary key (order_id, seq)
);
