package dev.rustok.runtime.cart;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A cart's id: random (122 bits from {@link java.security.SecureRandom}), so it cannot be
 * guessed and can serve as the anonymous shopper's cookie (docs/adr/0071).
 */
public record CartId(UUID value) {

	public CartId {
		Objects.requireNonNull(value, "value");
	}

	public static CartId random() {
		return new CartId(UUID.randomUUID());
	}

	/** The id in a cookie or path, or empty when it is no id at all. */
	public static Optional<CartId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new CartId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
