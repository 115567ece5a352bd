package dev.rustok.runtime.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.catalog.Collections.PricedVariant;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;

/**
 * A change of every price of a collection in one currency by a percentage: {@code -10} is
 * 10 % off, {@code 25} is 25 % more. The result is 1 % to 1,000 % of the old price
 * (docs/adr/0028), rounded half-even to whole minor units, and within the money bounds;
 * otherwise nothing changes.
 */
public record BulkPriceChange(String currency, BigDecimal percent) {

	static final BigDecimal MIN_PERCENT = BigDecimal.valueOf(-99);

	static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(900);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * @throws InvalidInput naming the wrong field
	 */
	public static BulkPriceChange of(String currency, BigDecimal percent) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!Money.isCurrencyCode(currency)) {
			problems
				.add(new FieldProblem("currency", "must be the upper-case ISO 4217 code of a currency, such as EUR"));
		}
		if (percent == null) {
			problems.add(new FieldProblem("percent", "is required, e.g. -10 for 10 % off"));
		}
		else if (percent.compareTo(MIN_PERCENT) < 0 || percent.compareTo(MAX_PERCENT) > 0) {
			problems.add(new FieldProblem("percent",
					"must be between -99 and 900: a new price is 1 % to 1,000 % of the old one"));
		}
		else if (percent.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem("percent", "must have at most two decimals, such as -12.5"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new BulkPriceChange(currency, percent);
	}

	/**
	 * The new amount, or empty when it would leave the money bounds.
	 */
	public Optional<Long> applyTo(long amountMinor) {
		BigDecimal changed = BigDecimal.valueOf(amountMinor)
			.multiply(HUNDRED.add(this.percent))
			.divide(HUNDRED, 0, RoundingMode.HALF_EVEN);
		if (changed.signum() < 0 || changed.compareTo(BigDecimal.valueOf(Money.MAX_AMOUNT_MINOR)) > 0) {
			return Optional.empty();
		}
		return Optional.of(changed.longValueExact());
	}

	/**
	 * Every price changed, or the problem naming the first that would leave the bounds.
	 * @throws InvalidInput when one price would
	 */
	List<PricedVariant> applyTo(List<PricedVariant> prices) {
		List<PricedVariant> changed = new ArrayList<>();
		for (PricedVariant price : prices) {
			long amount = applyTo(price.amountMinor())
				.orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("percent", "would take the price of SKU "
						+ price.sku() + " above " + Money.MAX_AMOUNT_MINOR + " minor units; nothing was changed"))));
			if (amount != price.amountMinor()) {
				changed.add(new PricedVariant(price.product(), price.variant(), price.sku(), amount));
			}
		}
		return changed;
	}

}
