package dev.rustok.runtime.catalog;

import java.util.Objects;
import java.util.UUID;

/** A collection's id, unique across tenants. */
public record CollectionId(UUID value) {

	public CollectionId {
		Objects.requireNonNull(value, "value");
	}

	static CollectionId random() {
		return new CollectionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
