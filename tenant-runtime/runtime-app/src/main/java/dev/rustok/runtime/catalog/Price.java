package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.Money;

/**
 * A variant's price in one currency, in minor units, with the optional "was" price shown
 * crossed out.
 *
 * @param compareAtMinor {@code null} when there is none
 */
public record Price(String currency, long amountMinor, Long compareAtMinor) {

	public Money amount() {
		return new Money(this.amountMinor, this.currency);
	}

}
