package dev.rustok.runtime.payments;

import org.springframework.stereotype.Component;

/**
 * Cash on delivery, bank transfer and the like: nothing external to call, so every step
 * is approved and the merchant records the money when it arrives (marking the order
 * paid). The reference is derived from the idempotency key, so a repeated call answers
 * the same.
 */
@Component
class ManualPayments implements PaymentProvider {

	static final String ID = "manual";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public PaymentOutcome authorize(PaymentRequest request) {
		return approved(request);
	}

	@Override
	public PaymentOutcome capture(PaymentRequest request) {
		return approved(request);
	}

	@Override
	public PaymentOutcome refund(PaymentRequest request) {
		return approved(request);
	}

	@Override
	public PaymentOutcome voidAuthorization(PaymentRequest request) {
		return approved(request);
	}

	private static PaymentOutcome approved(PaymentRequest request) {
		return new PaymentOutcome.Approved(ID + ":" + request.idempotencyKey());
	}

}
