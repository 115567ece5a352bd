/**
 * Checkout (docs/adr/0072): contact and address, stock reserved when it starts, the
 * shipping method and discount code chosen, then completion under an idempotency key that
 * places at most one order (through {@code orders.OrderBook}) and takes the payment
 * through the configured {@code payments.PaymentProvider}, only at the prices of the
 * review the shopper saw when its quote comes back (docs/adr/0085). Also the storefront's
 * cart and checkout pages. {@link dev.rustok.runtime.checkout.Checkout} is the facade,
 * {@code CheckoutStore} the port and {@code JooqCheckouts} the only class touching
 * generated jOOQ records. Publishes no events of its own (orders, cart and inventory
 * publish theirs); consumes none. Depends on {@code shared}, {@code pricing},
 * {@code cart}, {@code rules}, {@code inventory}, {@code orders}, {@code payments},
 * {@code storefront} (the shop's name on pages) and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "pricing", "cart", "rules", "inventory", "orders", "payments",
		"storefront", "tenancy" })
package dev.rustok.runtime.checkout;

import org.springframework.modulith.ApplicationModule;
