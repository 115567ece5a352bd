package dev.rustok.runtime.payments;

import java.util.Objects;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.TenantId;

/**
 * One call to a payment provider.
 *
 * @param idempotencyKey the same for every attempt of one intent (for example
 * {@code <shop>:<order>:capture:1}); a provider answers a repeated key with its first
 * answer
 * @param orderReference the shop's reference for the order, shown in the provider's
 * dashboard
 * @param reference the provider's id of the authorization or payment this call acts on;
 * {@code null} for {@code authorize}
 */
public record PaymentRequest(TenantId tenant, String idempotencyKey, String orderReference, Money amount,
		String reference) {

	public PaymentRequest {
		Objects.requireNonNull(tenant, "tenant");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(amount, "amount");
		if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
			throw new IllegalArgumentException("an idempotency key has 1 to 255 characters");
		}
	}

}
