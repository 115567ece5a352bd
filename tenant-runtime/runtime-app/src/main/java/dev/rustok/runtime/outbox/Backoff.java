package dev.rustok.runtime.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th failure waits {@code first × 2^(n-1)}, capped
 * at {@code max}, of which a random half is taken off, so the nodes that failed on one
 * broken dependency do not all retry at the same instant.
 */
record Backoff(Duration first, Duration max) {

	Duration after(int failures, RandomGenerator random) {
		long ceiling = this.max.toMillis();
		long exponential = this.first.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
		long full = Math.min(ceiling, Math.max(exponential, 1));
		return Duration.ofMillis(full / 2 + random.nextLong(full / 2 + 1));
	}

}
