package dev.rustok.runtime.checkout;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.cart.CartId;

/**
 * A checkout as stored.
 *
 * @param state {@code open}, {@code completed} or {@code abandoned}
 * @param cartRevision the cart's revision when stock was reserved
 * @param shippingMethod the chosen method's code, {@code null} until chosen
 * @param discountCode the applied code, {@code null} when none
 * @param reservations inventory's reservation ids the checkout holds
 * @param orderId the placed order, {@code null} until completed
 * @param paymentState {@code null} until completed
 */
record StoredCheckout(UUID id, CartId cartId, String state, int cartRevision, Contact contact, Address address,
		String shippingMethod, String discountCode, List<UUID> reservations, String idempotencyKey, UUID orderId,
		Long orderNumber, PaymentState paymentState, Instant expiresAt) {

	static final String OPEN = "open";

	static final String COMPLETED = "completed";

	boolean completed() {
		return COMPLETED.equals(this.state);
	}

}
