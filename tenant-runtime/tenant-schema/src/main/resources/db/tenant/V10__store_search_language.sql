-- The shop's language (ISO 639-1, e.g. en, de), which picks the text search configuration
-- of its product search (docs/adr/0065); null searches with 'simple' (no stemming).
alter table store_settings add column language varchar(8);

-- The shop's last reindex (docs/adr/0066): one row, written by the node that runs it after
-- every batch, so any node answers its progress.
create table read_reindex (
	id smallint primary key default 1 check (id = 1),
	state varchar(10) not null check (state in ('running', 'done', 'failed')),
	total integer not null default 0 check (total >= 0),
	done integer not null default 0 check (done >= 0),
	started_at timestamptz not null,
	updated_at timestamptz not null,
	finished_at timestamptz,
	error varchar(2000)
);
