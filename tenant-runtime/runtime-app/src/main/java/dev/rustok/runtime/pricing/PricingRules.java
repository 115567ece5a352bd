package dev.rustok.runtime.pricing;

import java.util.Objects;
import java.util.Optional;

/**
 * What the shop's settings and the shopper's choices add to the lines: the shipping
 * method chosen, the tax rate of the shipping address's region and a discount code, if
 * any.
 */
public record PricingRules(ShippingMethod shipping, TaxRate tax, Optional<Discount> discount) {

	public PricingRules {
		Objects.requireNonNull(shipping, "shipping");
		Objects.requireNonNull(tax, "tax");
		Objects.requireNonNull(discount, "discount");
	}

}
