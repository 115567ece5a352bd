package dev.rustok.runtime.checkout;

import java.util.UUID;

import dev.rustok.runtime.shared.Money;

/**
 * The order a completed checkout placed.
 *
 * @param replayed whether this answers a repeated submission of the same idempotency key
 */
public record Completion(UUID checkoutId, UUID orderId, long orderNumber, Money total, PaymentState paymentState,
		boolean replayed) {

	Completion with(PaymentState state) {
		return new Completion(this.checkoutId, this.orderId, this.orderNumber, this.total, state, this.replayed);
	}

}
