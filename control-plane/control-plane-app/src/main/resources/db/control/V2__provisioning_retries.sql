-- Failed provisioning runs are retried with backoff (ADR 0019): the registry counts the
-- attempts and says when the next one is due, so the schedule survives a restart.
-- failure_code is the stable reason shown publicly; failure_reason keeps the details for
-- the log and the console only.
alter table tenant add column attempts integer not null default 0;
alter table tenant add column next_attempt_at timestamptz;
alter table tenant add column failure_code varchar(32);
