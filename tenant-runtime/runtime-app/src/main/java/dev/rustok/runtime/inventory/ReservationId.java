package dev.rustok.runtime.inventory;

import java.util.Objects;
import java.util.UUID;

/** A reservation's id: what checkout keeps to commit or release it. */
public record ReservationId(UUID value) {

	public ReservationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
