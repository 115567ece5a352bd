package dev.rustok.runtime.customers;

import java.util.Objects;
import java.util.UUID;

public record AddressId(UUID value) {

	public AddressId {
		Objects.requireNonNull(value, "value");
	}

	static AddressId random() {
		return new AddressId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
