package dev.rustok.runtime.catalog;

import java.util.Objects;
import java.util.UUID;

/** A variant's id, unique across tenants. */
public record VariantId(UUID value) {

	public VariantId {
		Objects.requireNonNull(value, "value");
	}

	static VariantId random() {
		return new VariantId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
