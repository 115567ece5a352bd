package dev.rustok.runtime.catalogindex;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static dev.rustok.runtime.schema.Tables.READ_REINDEX;

/** The shop's last reindex in {@code read_reindex} (V10), shared by every node. */
final class JooqReindexLog {

	// a run whose node died stops reporting: after this long without a batch, another
	// start may take over
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	private final DSLContext dsl;

	JooqReindexLog(DSLContext dsl) {
		this.dsl = dsl;
	}

	ReindexProgress read() {
		return this.dsl.selectFrom(READ_REINDEX)
			.fetchOptional()
			.map((row) -> new ReindexProgress(row.getState(), row.getTotal(), row.getDone(), row.getStartedAt(),
					row.getFinishedAt(), row.getError()))
			.orElseGet(ReindexProgress::none);
	}

	/**
	 * Claims the shop's reindex unless one is running (and alive).
	 * @return whether this caller runs it
	 */
	boolean claim(int total) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		return this.dsl.insertInto(READ_REINDEX)
			.set(READ_REINDEX.STATE, "running")
			.set(READ_REINDEX.TOTAL, total)
			.set(READ_REINDEX.DONE, 0)
			.set(READ_REINDEX.STARTED_AT, now)
			.set(READ_REINDEX.UPDATED_AT, now)
			.onConflict(READ_REINDEX.ID)
			.doUpdate()
			.set(READ_REINDEX.STATE, "running")
			.set(READ_REINDEX.TOTAL, total)
			.set(READ_REINDEX.DONE, 0)
			.set(READ_REINDEX.STARTED_AT, now)
			.set(READ_REINDEX.UPDATED_AT, now)
			.setNull(READ_REINDEX.FINISHED_AT)
			.setNull(READ_REINDEX.ERROR)
			.where(READ_REINDEX.STATE.ne("running").or(READ_REINDEX.UPDATED_AT.lt(now.minus(ABANDONED_AFTER))))
			.execute() == 1;
	}

	void advance(int rebuilt) {
		this.dsl.update(READ_REINDEX)
			.set(READ_REINDEX.DONE, DSL.least(READ_REINDEX.TOTAL, READ_REINDEX.DONE.plus(rebuilt)))
			.set(READ_REINDEX.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
			.execute();
	}

	void finish(String error) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.dsl.update(READ_REINDEX)
			.set(READ_REINDEX.STATE, (error == null) ? "done" : "failed")
			.set(READ_REINDEX.DONE, (error == null) ? READ_REINDEX.TOTAL : READ_REINDEX.DONE)
			.set(READ_REINDEX.UPDATED_AT, now)
			.set(READ_REINDEX.FINISHED_AT, now)
			.set(READ_REINDEX.ERROR, error)
			.execute();
	}

}
