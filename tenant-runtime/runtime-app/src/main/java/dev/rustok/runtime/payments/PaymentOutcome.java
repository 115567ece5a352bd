package dev.rustok.runtime.payments;

/**
 * What a provider answered. Sealed, so checkout's {@code switch} handles each: an
 * unavailable provider leaves the order pending, to be paid later.
 */
public sealed interface PaymentOutcome {

	/** The provider did it; {@code reference} is its id for the payment. */
	record Approved(String reference) implements PaymentOutcome {

	}

	/** The provider refused (card declined, amount above what was authorized). */
	record Declined(String reason) implements PaymentOutcome {

	}

	/**
	 * The provider could not be asked or did not answer in time, or its circuit breaker
	 * is open: nothing is known to have happened; the same idempotency key may be sent
	 * later.
	 */
	record Unavailable(String reason) implements PaymentOutcome {

	}

}
