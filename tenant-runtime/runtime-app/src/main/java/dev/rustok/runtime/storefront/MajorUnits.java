package dev.rustok.runtime.storefront;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.Money;

/** What a shopper types into a price field ({@code 12.50}) as minor units (1250). */
final class MajorUnits {

	private MajorUnits() {
	}

	static Optional<Long> toMinor(String text, String currency, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		try {
			BigDecimal amount = new BigDecimal(text.strip());
			if (amount.signum() >= 0 && amount.scale() <= digits && text.strip().length() <= 20) {
				long minor = amount.movePointRight(digits).longValueExact();
				if (minor <= Money.MAX_AMOUNT_MINOR) {
					return Optional.of(minor);
				}
			}
		}
		catch (ArithmeticException | NumberFormatException ex) {
			// answered below
		}
		problems.add(new FieldProblem(field, "must be an amount in " + currency + " such as 12.50"));
		return Optional.empty();
	}

}
