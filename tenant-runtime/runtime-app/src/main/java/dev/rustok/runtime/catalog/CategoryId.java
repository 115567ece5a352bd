package dev.rustok.runtime.catalog;

import java.util.Objects;
import java.util.UUID;

/** A category's id, unique across tenants. */
public record CategoryId(UUID value) {

	public CategoryId {
		Objects.requireNonNull(value, "value");
	}

	static CategoryId random() {
		return new CategoryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
