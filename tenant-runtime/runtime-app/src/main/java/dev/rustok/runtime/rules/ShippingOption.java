package dev.rustok.runtime.rules;

import dev.rustok.runtime.pricing.ShippingMethod;

/**
 * A shipping method as the merchant offers it: the name shoppers read and the pricing
 * rule.
 */
public record ShippingOption(String name, ShippingMethod method) {

	public String code() {
		return this.method.code();
	}

	/** The currency of the method's rates. */
	public String currency() {
		return switch (this.method) {
			case ShippingMethod.FlatRate flat -> flat.rate().currency();
			case ShippingMethod.WeightBased weighted -> weighted.brackets().getFirst().rate().currency();
		};
	}

}
