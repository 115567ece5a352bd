package dev.rustok.runtime.payments;

/**
 * A way of taking the shopper's money (docs/adr/0059). Every call carries an idempotency
 * key: the same key sent again never moves money twice, whatever the network did. A call
 * never throws for the provider's sake; it answers a {@link PaymentOutcome}.
 */
public interface PaymentProvider {

	/** The id the shop's settings choose the provider by, e.g. {@code manual}. */
	String id();

	/** Reserves {@code amount} on the shopper's means of payment. */
	PaymentOutcome authorize(PaymentRequest request);

	/** Takes (part of) an authorized amount; {@code reference} is the authorization's. */
	PaymentOutcome capture(PaymentRequest request);

	/** Pays (part of) a captured amount back; {@code reference} is the payment's. */
	PaymentOutcome refund(PaymentRequest request);

	/** Drops an authorization that was never captured. */
	PaymentOutcome voidAuthorization(PaymentRequest request);

}
