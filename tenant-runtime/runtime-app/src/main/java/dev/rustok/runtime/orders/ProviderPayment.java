package dev.rustok.runtime.orders;

import java.util.Objects;

/**
 * The payment behind an order paid through a provider (docs/adr/0095): refunds and
 * cancellations go back through the same provider, on this reference.
 *
 * @param provider the provider's id ({@code payments.PaymentProvider#id()})
 * @param reference the provider's id of the authorization, or of the payment once
 * captured
 * @param captured whether the money was taken, or only authorized
 */
public record ProviderPayment(String provider, String reference, boolean captured) {

	public ProviderPayment {
		Objects.requireNonNull(provider, "provider");
		Objects.requireNonNull(reference, "reference");
	}

	/** Only authorized: cancelling the order voids it. */
	public static ProviderPayment authorized(String provider, String reference) {
		return new ProviderPayment(provider, reference, false);
	}

	/** Taken: refunds and cancelling the order pay it back. */
	public static ProviderPayment captured(String provider, String reference) {
		return new ProviderPayment(provider, reference, true);
	}

}
