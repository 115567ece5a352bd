-- A counter every change of the tenant registry moves in its own transaction, so the route
-- reconciler can tell in one row read whether the registry changed since its last pass,
-- instead of reading every tenant every few seconds (ADR 0030). A row, not a sequence:
-- nextval is not transactional, a counter row commits with the change it counts.
create table registry_version (
	id boolean primary key default true check (id),
	version bigint not null
);
insert into registry_version (id, version) values (true, 0);

create function count_registry_change() returns trigger language plpgsql as $$
begin
	update control.registry_version set version = version + 1;
	return null;
end
$$;

create trigger tenant_changed after insert or update or delete or truncate on tenant
	for each statement execute function count_registry_change();
