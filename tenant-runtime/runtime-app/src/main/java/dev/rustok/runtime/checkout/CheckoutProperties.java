package dev.rustok.runtime.checkout;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkout's terms (docs/adr/0072).
 *
 * @param holdFor how long stock stays reserved for a checkout that was started and not
 * completed (the reservation sweep gives it back after that)
 * @param orderHoldFor how long a placed, unpaid order keeps its stock (cash on delivery,
 * a provider that was down); at most inventory's 7 days
 * @param paymentProvider the id of the provider checkout pays with ({@code manual} or
 * {@code http})
 */
@ConfigurationProperties("rustok.checkout")
record CheckoutProperties(@DefaultValue("30m") Duration holdFor, @DefaultValue("7d") Duration orderHoldFor,
		@DefaultValue("manual") String paymentProvider) {

}
