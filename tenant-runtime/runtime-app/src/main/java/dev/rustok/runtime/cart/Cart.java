package dev.rustok.runtime.cart;

import java.time.Instant;
import java.util.List;

/**
 * A cart as stored: its lines without prices (those come from the catalogue when read).
 *
 * @param customerId the customer it belongs to, {@code null} for an anonymous cart
 * @param revision bumped by every change of the lines
 */
public record Cart(CartId id, String currency, String customerId, int revision, Instant expiresAt,
		List<CartLine> lines) {

	public Cart {
		lines = List.copyOf(lines);
	}

}
