package dev.rustok.runtime.checkout;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.PricedCart;
import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.rules.ShippingOption;

/**
 * A checkout as the shopper reviews it: the cart priced now, the choices made, the totals
 * once a shipping method is chosen, and the methods that can be chosen.
 */
public record CheckoutSummary(UUID id, String state, PricedCart cart, Contact contact, Address address,
		Optional<ShippingOption> shipping, Optional<String> discountCode, Optional<Totals> totals,
		List<ShippingOption> shippingOptions, Optional<Long> orderNumber) {

	/**
	 * The prices this review shows, to send back with the completion: an order is placed
	 * only at them (docs/adr/0085). Empty until there are totals.
	 */
	public Optional<String> quote() {
		if (this.cart == null) {
			return Optional.empty();
		}
		return this.totals.map((shown) -> ReviewQuote.of(this.cart.lines(), shown).encoded());
	}

}
