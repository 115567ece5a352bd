package dev.rustok.runtime.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.rustok.controlplane.api.TenantSignature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenSignaturesTests {

	private static final Instant START = Instant.parse("2026-11-25T20:00:00Z");

	@Test
	void aSignatureIsRememberedForAsLongAsItCouldVerify() {
		MovingClock clock = new MovingClock();
		SeenSignatures seen = new SeenSignatures(clock);
		assertThat(seen.firstSighting("v1.a")).isTrue();

		for (long second = 0; second <= TenantSignature.WINDOW.toSeconds() * 2; second += 7) {
			clock.now = START.plusSeconds(second);
			assertThat(seen.firstSighting("v1.a")).as("replayed after %d s", second).isFalse();
		}
	}

	@Test
	void forgetsSignaturesLongExpired() {
		MovingClock clock = new MovingClock();
		SeenSignatures seen = new SeenSignatures(clock);
		seen.firstSighting("v1.old");

		clock.now = START.plus(TenantSignature.WINDOW.multipliedBy(4)).plus(Duration.ofSeconds(1));
		seen.firstSighting("v1.trigger-one-rotation");
		clock.now = clock.now.plus(TenantSignature.WINDOW.multipliedBy(2));

		assertThat(seen.firstSighting("v1.old")).isTrue();
	}

	static final class MovingClock extends Clock {

		Instant now = START;

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
