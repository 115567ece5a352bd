package dev.rustok.runtime.outbox;

import java.time.Duration;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

	@Property
	void waitsBetweenHalfAndAllOfTheDoubledDelayCappedAtTheMaximum(@ForAll @IntRange(min = 1, max = 40) int failures,
			@ForAll @LongRange long seed) {
		long full = Math.min(300_000L, 1000L << Math.min(failures - 1, 30));

		Duration delay = this.backoff.after(failures, new SplittableRandom(seed));

		assertThat(delay.toMillis()).isBetween(full / 2, full);
	}

	@Property
	void twoNodesFailingTogetherRarelyRetryAtTheSameMillisecond(@ForAll @LongRange long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		long distinct = java.util.stream.IntStream.range(0, 10)
			.mapToObj((node) -> this.backoff.after(6, random))
			.distinct()
			.count();

		assertThat(distinct).isGreaterThan(5);
	}

}
