package dev.rustok.runtime.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An amount of money in the currency's minor units (cents for EUR), never negative.
 *
 * @param amountMinor the amount in minor units, {@code >= 0}
 * @param currency an ISO 4217 code of three upper-case letters known to the JDK
 */
public record Money(long amountMinor, String currency) {

	private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

	public Money {
		if (amountMinor < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
		if (!isCurrencyCode(currency)) {
			throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR");
		}
	}

	/** Whether {@code code} is three upper-case letters naming an ISO 4217 currency. */
	public static boolean isCurrencyCode(String code) {
		return code != null && CURRENCY_CODE.matcher(code).matches()
				&& Currency.getAvailableCurrencies()
					.stream()
					.anyMatch((candidate) -> candidate.getCurrencyCode().equals(code));
	}

	/**
	 * The amount in major units with the currency's usual decimals, e.g.
	 * {@code 12.50 EUR}.
	 */
	public String formatted() {
		return BigDecimal.valueOf(this.amountMinor, fractionDigits()).toPlainString() + " " + this.currency;
	}

	private int fractionDigits() {
		// pseudo-currencies such as XAU report -1: they have no minor unit
		return Math.max(0, Currency.getInstance(this.currency).getDefaultFractionDigits());
	}

}
