package dev.rustok.runtime.inventory;

import java.util.Objects;
import java.util.UUID;

/**
 * A product variant's id, as the catalogue gave it; inventory keeps stock per variant.
 */
public record VariantId(UUID value) {

	public VariantId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
