package dev.rustok.runtime.checkout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.shared.Tenant;

/** Where checkouts are kept, one per cart. */
interface CheckoutStore {

	/** The cart's checkout, locked for the rest of the transaction. */
	Optional<StoredCheckout> forUpdate(Tenant tenant, CartId cart);

	Optional<StoredCheckout> find(Tenant tenant, CartId cart);

	CartId cartOf(Tenant tenant, UUID checkout);

	/** Whether another checkout completed under this key. */
	boolean keyUsed(Tenant tenant, String idempotencyKey);

	/** Inserts or replaces the open checkout of the cart with its new holds. */
	void save(Tenant tenant, StoredCheckout checkout, Instant now);

	void choose(Tenant tenant, UUID checkout, String shippingMethod, String discountCode, Instant now);

	/** Replaces the checkout's holds by those its order keeps. */
	void hold(Tenant tenant, UUID checkout, List<UUID> reservations);

	/**
	 * Marks the checkout completed by the order, in one statement: checkout calls it
	 * after the order got its number, while the shop's counter is locked (docs/adr/0103).
	 */
	void complete(Tenant tenant, UUID checkout, String idempotencyKey, UUID orderId, long orderNumber, Instant now);

	void paymentState(Tenant tenant, UUID checkout, PaymentState state, Instant now);

}
