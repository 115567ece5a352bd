package dev.rustok.runtime.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * A product variant's id, unique across tenants: the catalogue gives it, inventory keeps
 * stock and checkout reserves by it.
 */
public record VariantId(UUID value) {

	public VariantId {
		Objects.requireNonNull(value, "value");
	}

	public static VariantId random() {
		return new VariantId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
