-- The order's number is taken last in the transaction that places it (docs/adr/0103): the
-- order is inserted without one, its lines, holds and timeline follow, and only then does
-- one statement lock the shop's counter and write the number, so concurrent checkouts of a
-- shop queue on the counter for as short a time as possible. Never qualify names here.
alter table order_header alter column order_number drop not null;

-- [jooq ignore start]
-- Other transactions never see an order without its number: this check runs at commit,
-- after every statement of the placing transaction, and refuses the commit when the number
-- is still missing (a checkout that stored an order and never numbered it is a bug).
create function order_header_numbered() returns trigger
language plpgsql as $$
declare
	numbered boolean;
begin
	-- the row as it is at commit (new is the row as inserted); the trigger's own schema,
	-- whatever the session's search_path
	execute format('select order_number is not null from %I.%I where id = $1', tg_table_schema, tg_table_name)
		into numbered using new.id;
	if not numbered then
		raise exception 'order % would be committed without its number', new.id
			using errcode = 'not_null_violation', column = 'order_number', table = tg_table_name;
	end if;
	return null;
end
$$;

create constraint trigger order_header_numbered_at_commit after insert on order_header
	deferrable initially deferred
	for each row execute function order_header_numbered();
-- [jooq ignore stop]
