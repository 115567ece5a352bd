-- The provider's payment behind an order paid through one (issue 14, docs/adr/0095): which
-- provider, its reference for the payment, and whether the money was captured or only
-- authorized, so that refunds and cancellations go back through the same provider. Manual
-- payments (cash on delivery) have no row. Never qualify names here.
create table order_payment (
	order_id uuid primary key references order_header (id) on delete cascade,
	provider varchar(40) not null,
	reference varchar(255) not null,
	captured boolean not null,
	recorded_at timestamptz not null
);
