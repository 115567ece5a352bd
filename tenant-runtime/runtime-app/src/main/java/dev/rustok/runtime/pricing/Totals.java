package dev.rustok.runtime.pricing;

import java.util.Objects;

import dev.rustok.runtime.shared.Money;

/**
 * What an order costs, each amount in whole minor units of one currency. With exclusive
 * tax {@code total = subtotal - discount + shipping + tax}; with inclusive tax the tax is
 * already inside the other amounts and {@code total = subtotal - discount + shipping}.
 *
 * @param subtotal the sum of the lines
 * @param discount what the discount code takes off the subtotal (free shipping shows as a
 * zero {@code shipping}, not here)
 * @param shipping what shipping costs after any free-shipping code
 * @param tax the tax charged, included or added
 * @param taxInclusive whether {@code tax} is included in the other amounts
 * @param total what the shopper pays
 */
public record Totals(Money subtotal, Money discount, Money shipping, Money tax, boolean taxInclusive, Money total) {

	public Totals {
		Objects.requireNonNull(subtotal, "subtotal");
		Objects.requireNonNull(discount, "discount");
		Objects.requireNonNull(shipping, "shipping");
		Objects.requireNonNull(tax, "tax");
		Objects.requireNonNull(total, "total");
	}

	public String currency() {
		return this.total.currency();
	}

}
