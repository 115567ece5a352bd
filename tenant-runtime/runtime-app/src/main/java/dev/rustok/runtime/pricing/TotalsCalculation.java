package dev.rustok.runtime.pricing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;

/**
 * The one function from priced lines and rules to totals (docs/adr/0057). Every amount is
 * a whole number of the currency's minor units, so a yen total has no fraction and a euro
 * total has cents; the only divisions (a percentage, a tax rate) round half up to a whole
 * minor unit, once each.
 */
public final class TotalsCalculation {

	private static final BigInteger BASIS = BigInteger.valueOf(10_000);

	private TotalsCalculation() {
	}

	/**
	 * @throws InvalidInput naming {@code lines} (none, or a sum above
	 * {@link Money#MAX_AMOUNT_MINOR}), {@code currency} (a line or rule in another
	 * currency), {@code shippingMethod} (the parcel is too heavy for it) or
	 * {@code discountCode} (the subtotal is below its minimum)
	 */
	public static Totals totals(List<PricedLine> lines, PricingRules rules) {
		if (lines.isEmpty()) {
			throw invalid("lines", "must have at least one line");
		}
		String currency = lines.getFirst().unitPrice().currency();
		checkCurrencies(lines, rules, currency);
		long subtotal = subtotal(lines);
		long discount = discount(subtotal, rules);
		long weight = lines.stream().mapToLong(PricedLine::weightGrams).sum();
		long shipping = rules.shipping()
			.price(weight)
			.orElseThrow(() -> invalid("shippingMethod",
					rules.shipping().code() + " cannot ship " + weight + " g: choose another method"))
			.amountMinor();
		if (rules.discount().orElse(null) instanceof Discount.FreeShipping) {
			shipping = 0;
		}
		long taxable = subtotal - discount + shipping;
		TaxRate rate = rules.tax();
		long tax = rate.inclusive() ? divideRounded(taxable, rate.basisPoints(), BASIS.longValue() + rate.basisPoints())
				: divideRounded(taxable, rate.basisPoints(), BASIS.longValue());
		long total = rate.inclusive() ? taxable : taxable + tax;
		if (total > Money.MAX_AMOUNT_MINOR) {
			throw invalid("lines", "the order's total is above " + Money.MAX_AMOUNT_MINOR + " minor units");
		}
		return new Totals(new Money(subtotal, currency), new Money(discount, currency), new Money(shipping, currency),
				new Money(tax, currency), rate.inclusive(), new Money(total, currency));
	}

	private static long subtotal(List<PricedLine> lines) {
		long subtotal = 0;
		for (PricedLine line : lines) {
			// each line is at most 10^18 and the running sum at most 10^12: no overflow
			subtotal += line.amountMinor();
			if (subtotal > Money.MAX_AMOUNT_MINOR) {
				throw invalid("lines", "the lines add up to more than " + Money.MAX_AMOUNT_MINOR + " minor units");
			}
		}
		return subtotal;
	}

	private static long discount(long subtotal, PricingRules rules) {
		if (rules.discount().isEmpty()) {
			return 0;
		}
		Discount discount = rules.discount().get();
		if (subtotal < discount.minimumSubtotal().amountMinor()) {
			throw invalid("discountCode",
					discount.code() + " applies from a subtotal of " + discount.minimumSubtotal().formatted());
		}
		return switch (discount) {
			case Discount.Percentage percentage -> divideRounded(subtotal, percentage.basisPoints(), BASIS.longValue());
			case Discount.FixedAmount fixed -> Math.min(fixed.amount().amountMinor(), subtotal);
			case Discount.FreeShipping free -> 0;
		};
	}

	// amount * numerator / denominator, half up; BigInteger because 10^12 * 10^4 is
	// close to a long's limit
	static long divideRounded(long amount, long numerator, long denominator) {
		BigInteger[] quotient = BigInteger.valueOf(amount)
			.multiply(BigInteger.valueOf(numerator))
			.divideAndRemainder(BigInteger.valueOf(denominator));
		long rounded = quotient[0].longValueExact();
		return (quotient[1].shiftLeft(1).compareTo(BigInteger.valueOf(denominator)) >= 0) ? rounded + 1 : rounded;
	}

	private static void checkCurrencies(List<PricedLine> lines, PricingRules rules, String currency) {
		List<Money> amounts = new ArrayList<>();
		lines.forEach((line) -> amounts.add(line.unitPrice()));
		rules.shipping().price(0).ifPresent(amounts::add);
		if (rules.shipping() instanceof ShippingMethod.WeightBased weighted) {
			weighted.brackets().forEach((bracket) -> amounts.add(bracket.rate()));
		}
		rules.discount().ifPresent((discount) -> {
			amounts.add(discount.minimumSubtotal());
			if (discount instanceof Discount.FixedAmount fixed) {
				amounts.add(fixed.amount());
			}
		});
		amounts.stream().filter((amount) -> !amount.currency().equals(currency)).findFirst().ifPresent((other) -> {
			throw invalid("currency", "the cart is in " + currency + " but a price or rule is in " + other.currency()
					+ ": one currency per order");
		});
	}

	private static InvalidInput invalid(String field, String reason) {
		return new InvalidInput(List.of(new FieldProblem(field, reason)));
	}

}
