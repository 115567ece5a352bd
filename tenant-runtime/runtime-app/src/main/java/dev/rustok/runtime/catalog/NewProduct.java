package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/**
 * A product a merchant wants to add, checked field by field so that every mistake is
 * reported at once. Lengths are in characters (Unicode code points), as the database's
 * {@code varchar(n)} counts them.
 *
 * @param description optional free text
 */
public record NewProduct(String sku, String name, String description, Money price) {

	static final int SKU_MAX = 64;

	static final int NAME_MAX = 200;

	static final int DESCRIPTION_MAX = 10_000;

	private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	/**
	 * Checks raw input as it arrived (any argument may be {@code null}).
	 * @throws InvalidInput naming every field that is wrong and why
	 */
	public static NewProduct of(String sku, String name, String description, Long amountMinor, String currency,
			boolean pricePresent) {
		List<FieldProblem> problems = new ArrayList<>();
		skuProblem(sku).ifPresent((reason) -> problems.add(new FieldProblem("sku", reason)));
		nameProblem(name).ifPresent((reason) -> problems.add(new FieldProblem("name", reason)));
		if (description != null) {
			Text.problem(description, DESCRIPTION_MAX, Lines.MULTIPLE)
				.ifPresent((reason) -> problems.add(new FieldProblem("description", reason)));
		}
		if (!pricePresent) {
			problems.add(new FieldProblem("price", "is required"));
		}
		else {
			if (amountMinor == null) {
				problems.add(new FieldProblem("price.amountMinor", "is required"));
			}
			else if (amountMinor < 0) {
				problems.add(new FieldProblem("price.amountMinor", "must not be negative"));
			}
			else if (amountMinor > Money.MAX_AMOUNT_MINOR) {
				problems.add(new FieldProblem("price.amountMinor",
						"must be at most " + Money.MAX_AMOUNT_MINOR + " minor units (10^12)"));
			}
			if (!Money.isCurrencyCode(currency)) {
				problems.add(new FieldProblem("price.currency",
						"must be the upper-case ISO 4217 code of a currency in circulation, such as EUR"
								+ " (not a test, fund or precious-metal code such as XXX, XTS or XAU)"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new NewProduct(sku, name.strip(), blankToNull(description), new Money(amountMinor, currency));
	}

	private static Optional<String> skuProblem(String sku) {
		if (sku == null || sku.isBlank()) {
			return Optional.of("is required");
		}
		if (Text.length(sku) > SKU_MAX) {
			return Optional.of("must have at most " + SKU_MAX + " characters");
		}
		if (!SKU.matcher(sku).matches()) {
			return Optional.of("may contain only letters, digits, '.', '_' and '-', starting with a letter or digit");
		}
		return Optional.empty();
	}

	private static Optional<String> nameProblem(String name) {
		if (name == null || name.isBlank()) {
			return Optional.of("is required");
		}
		// control characters anywhere, even those strip() would remove; the length of
		// what is kept
		return Text.problem(name, Integer.MAX_VALUE, Lines.SINGLE)
			.or(() -> Text.problem(name.strip(), NAME_MAX, Lines.SINGLE));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
