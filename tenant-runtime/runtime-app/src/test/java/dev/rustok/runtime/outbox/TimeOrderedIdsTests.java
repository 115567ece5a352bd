package dev.rustok.runtime.outbox;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTests {

	@Test
	void areVersion7AndSortByTheirTime() {
		UUID earlier = TimeOrderedIds.at(Instant.parse("2026-11-25T10:00:00Z"));
		UUID later = TimeOrderedIds.at(Instant.parse("2026-11-25T10:00:00.001Z"));

		assertThat(earlier.version()).isEqualTo(7);
		assertThat(earlier.variant()).isEqualTo(2);
		assertThat(earlier.toString()).isLessThan(later.toString());
		assertThat(earlier.getMostSignificantBits() >>> 16)
			.isEqualTo(Instant.parse("2026-11-25T10:00:00Z").toEpochMilli());
	}

}
