package dev.rustok.runtime.inventory;

import java.time.Instant;

import dev.rustok.runtime.shared.VariantId;

/**
 * What {@link Inventory#reserve} gives checkout: either units held at one location until
 * they are committed, released or expire, or nothing to hold because the product does not
 * track inventory (always available).
 */
public sealed interface Reservation {

	VariantId variantId();

	int quantity();

	/**
	 * Units held at {@code locationId}: pass {@code id} to {@link Inventory#commit} or
	 * {@link Inventory#release} before {@code expiresAt}.
	 *
	 * @param reference checkout's own reference (a cart or order id), may be {@code null}
	 */
	record Held(ReservationId id, VariantId variantId, LocationId locationId, int quantity, Instant expiresAt,
			String reference) implements Reservation {

	}

	/** The product does not track inventory: nothing is held, nothing to commit. */
	record Untracked(VariantId variantId, int quantity) implements Reservation {

	}

}
