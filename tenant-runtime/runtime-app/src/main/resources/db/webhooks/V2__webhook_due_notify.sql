-- Wakes the delivery workers of every node (LISTEN rustok_webhooks) when a shop's
-- deliveries become due now, at the commit that made them so (docs/adr/0086). Only rows
-- due already notify: a worker's own claim pushes due_at into the future (its lease) and
-- must not wake it again, or the workers would wake each other in a loop.

create function webhook_due_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('rustok_webhooks', '');
    return null;
end $$;

create trigger webhook_due_now after insert or update of due_at on webhook_due
    for each row when (new.due_at is not null and new.due_at <= now())
    execute function webhook_due_notify();
