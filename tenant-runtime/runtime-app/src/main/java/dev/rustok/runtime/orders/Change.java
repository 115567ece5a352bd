package dev.rustok.runtime.orders;

import java.time.Instant;
import java.util.Objects;

/**
 * Who asks for a transition, why, and when: what the order's timeline keeps of it.
 *
 * @param actor the staff member's name, {@code checkout} or {@code payments}
 * @param reason free text, may be empty
 */
public record Change(String actor, String reason, Instant at) {

	public Change {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		reason = (reason != null) ? reason : "";
	}

}
