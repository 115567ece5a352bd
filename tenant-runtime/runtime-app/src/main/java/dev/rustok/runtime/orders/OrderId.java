package dev.rustok.runtime.orders;

import java.util.Objects;
import java.util.UUID;

/** An order's id; shoppers and merchants see its {@code number} instead. */
public record OrderId(UUID value) {

	public OrderId {
		Objects.requireNonNull(value, "value");
	}

	public static OrderId random() {
		return new OrderId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
