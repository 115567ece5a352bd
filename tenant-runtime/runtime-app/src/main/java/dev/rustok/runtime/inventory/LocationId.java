package dev.rustok.runtime.inventory;

import java.util.Objects;
import java.util.UUID;

/** A stock location's id. */
public record LocationId(UUID value) {

	public LocationId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
