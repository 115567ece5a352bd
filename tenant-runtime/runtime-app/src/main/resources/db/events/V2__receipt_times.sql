-- A receipt's time is when it was written, not when its transaction began: the relay's
-- transactions are short, but the lag benchmark (IndexerLagIT, docs/adr/0110) reads
-- these times, and retention only needs them roughly (pruning compares days).
alter table handled_event alter column handled_at set default clock_timestamp();
