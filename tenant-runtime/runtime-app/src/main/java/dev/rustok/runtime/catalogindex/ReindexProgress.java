package dev.rustok.runtime.catalogindex;

import java.time.OffsetDateTime;

/**
 * How far a shop's reindex has come (docs/adr/0066).
 *
 * @param state {@code none} (never reindexed), {@code running}, {@code done} or
 * {@code failed}
 * @param total the products to rebuild, counted when it started
 * @param done the products rebuilt so far
 * @param startedAt when it started; null when never
 * @param finishedAt when it ended; null while running
 * @param error why it failed; null otherwise
 */
public record ReindexProgress(String state, int total, int done, OffsetDateTime startedAt, OffsetDateTime finishedAt,
		String error) {

	static ReindexProgress none() {
		return new ReindexProgress("none", 0, 0, null, null, null);
	}

	/** Percent done, 100 when there was nothing to do. */
	public int percent() {
		return (this.total == 0) ? ("none".equals(this.state) ? 0 : 100)
				: (int) Math.min(100, (this.done * 100L) / this.total);
	}

	public boolean running() {
		return "running".equals(this.state);
	}

}
