package dev.rustok.runtime.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.controlplane.api.TenantSignature;

/**
 * The gateway signatures this node has accepted lately, so the same signed request is
 * served once: a signature is remembered for at least twice
 * {@link TenantSignature#WINDOW}, the span in which it verifies. Two generations of sets
 * rotate, so memory is bounded by the requests of the last two spans. Per node: a replay
 * to another node within the window is not caught here (docs/adr/0005).
 */
final class SeenSignatures {

	private static final Duration GENERATION = TenantSignature.WINDOW.multipliedBy(2);

	private final Clock clock;

	private Set<String> current = ConcurrentHashMap.newKeySet();

	private Set<String> previous = ConcurrentHashMap.newKeySet();

	private Instant rotateAt;

	SeenSignatures(Clock clock) {
		this.clock = clock;
		this.rotateAt = clock.instant().plus(GENERATION);
	}

	/** {@code true} the first time a signature is seen, {@code false} for a replay. */
	boolean firstSighting(String signature) {
		Set<String> fresh;
		Set<String> older;
		synchronized (this) {
			Instant now = this.clock.instant();
			if (!now.isBefore(this.rotateAt)) {
				this.previous = this.current;
				this.current = ConcurrentHashMap.newKeySet();
				this.rotateAt = now.plus(GENERATION);
			}
			fresh = this.current;
			older = this.previous;
		}
		return !older.contains(signature) && fresh.add(signature);
	}

}
