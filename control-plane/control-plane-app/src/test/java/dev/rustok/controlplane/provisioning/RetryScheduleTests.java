package dev.rustok.controlplane.provisioning;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTests {

	private final RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(2), 2, Duration.ofSeconds(20));

	@Test
	void pausesGrowExponentiallyWithinHalfAPauseOfJitter() {
		assertThat(this.schedule.pauseAfter(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
		assertThat(this.schedule.pauseAfter(2)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
		assertThat(this.schedule.pauseAfter(3)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(12));
	}

	@Test
	void noPauseIsLongerThanTheLongestAllowed() {
		assertThat(new RetrySchedule(50, Duration.ofSeconds(2), 2, Duration.ofSeconds(20)).pauseAfter(30))
			.isLessThanOrEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void tenantsThatFailedTogetherAreNotAllRetriedInTheSameMillisecond() {
		Set<Duration> pauses = new HashSet<>();
		for (int tenant = 0; tenant < 20; tenant++) {
			pauses.add(this.schedule.pauseAfter(2));
		}
		assertThat(pauses).hasSizeGreaterThan(10);
	}

	@Test
	void afterTheLastAttemptNothingIsRetried() {
		assertThat(this.schedule.pauseAfter(4)).isNotNull();
		assertThat(this.schedule.pauseAfter(5)).isNull();
	}

}
