package dev.rustok.runtime.webhooks;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter, as the outbox's (docs/adr/0055): the n-th failure
 * waits {@code first × 2^(n-1)}, capped at {@code max}, less a random part up to half, so
 * the deliveries that failed on one outage do not all come back at the same instant.
 */
record RetrySchedule(Duration first, Duration max) {

	Duration after(int failures, RandomGenerator random) {
		long ceiling = this.max.toMillis();
		long exponential = this.first.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
		long full = Math.min(ceiling, Math.max(exponential, 1));
		return Duration.ofMillis(full / 2 + random.nextLong(full / 2 + 1));
	}

}
