package dev.rustok.runtime.catalog;

import java.util.Objects;
import java.util.UUID;

/** A product's id, unique across tenants. */
public record ProductId(UUID value) {

	public ProductId {
		Objects.requireNonNull(value, "value");
	}

	static ProductId random() {
		return new ProductId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
