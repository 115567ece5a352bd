package dev.rustok.runtime.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in the currency's minor units (cents for EUR), from zero to
 * {@value #MAX_AMOUNT_MINOR}.
 *
 * @param amountMinor the amount in minor units,
 * {@code 0 <= amountMinor <= MAX_AMOUNT_MINOR}
 * @param currency a currency in circulation, by its ISO 4217 code (see
 * {@link CirculatingCurrencies})
 */
public record Money(long amountMinor, String currency) implements Serializable {

	/**
	 * 10^12 minor units, ten billion euros: far above any price, and low enough that an
	 * order line of a million such units still fits in a {@code long} and a sum of 9,000
	 * of them is still exact in a JavaScript number (docs/adr/0022).
	 */
	public static final long MAX_AMOUNT_MINOR = 1_000_000_000_000L;

	public Money {
		if (amountMinor < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
		if (amountMinor > MAX_AMOUNT_MINOR) {
			throw new IllegalArgumentException("amount must be at most " + MAX_AMOUNT_MINOR + " minor units");
		}
		if (!isCurrencyCode(currency)) {
			throw new IllegalArgumentException("currency must be the ISO 4217 code of a currency, such as EUR");
		}
	}

	/**
	 * Whether {@code code} is the ISO 4217 code of a currency in circulation (not a fund,
	 * a precious metal, a test or "no currency" code, nor a withdrawn currency).
	 */
	public static boolean isCurrencyCode(String code) {
		return CirculatingCurrencies.contains(code);
	}

	/**
	 * The amount in major units with the currency's usual decimals, e.g.
	 * {@code 12.50 EUR}.
	 */
	public String formatted() {
		return BigDecimal.valueOf(this.amountMinor, fractionDigits()).toPlainString() + " " + this.currency;
	}

	private int fractionDigits() {
		return Currency.getInstance(this.currency).getDefaultFractionDigits();
	}

}
