package dev.rustok.runtime.storefront;

import java.io.Serializable;
import dev.rustok.runtime.shared.Money;

/**
 * A variant's price in one currency.
 *
 * @param amountMinor the price in minor units
 * @param currency its ISO 4217 code
 * @param compareAtMinor the "was" price in minor units; null when none
 */
public record Price(long amountMinor, String currency, Long compareAtMinor) implements Serializable {

	public String formatted() {
		return new Money(this.amountMinor, this.currency).formatted();
	}

	public String compareAtFormatted() {
		return (this.compareAtMinor != null) ? new Money(this.compareAtMinor, this.currency).formatted() : null;
	}

}
