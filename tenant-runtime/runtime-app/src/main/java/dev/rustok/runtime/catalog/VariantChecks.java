package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.rustok.runtime.catalog.ProductInput.PriceInput;
import dev.rustok.runtime.catalog.ProductInput.VariantInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.VariantId;

/**
 * The variants of one product against its options: one value per option, each one of the
 * option's values, no combination twice, SKUs unique within the product, prices in the
 * shop's currencies within the money bounds (docs/adr/0028).
 */
final class VariantChecks {

	static final int VARIANTS_MAX = 100;

	static final int SKU_MAX = 64;

	static final int BARCODE_MAX = 64;

	static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final Problems problems;

	private final List<ProductOption> options;

	private final Set<String> shopCurrencies;

	VariantChecks(Problems problems, List<ProductOption> options, Set<String> shopCurrencies) {
		this.problems = problems;
		this.options = options;
		this.shopCurrencies = shopCurrencies;
	}

	List<Variant> variants(List<VariantInput> given) {
		if (given == null || given.isEmpty()) {
			this.problems.add("variants", "must have at least one variant (a product without options has exactly one)");
			return List.of();
		}
		this.problems.list("variants", given, VARIANTS_MAX);
		if (this.options.isEmpty() && given.size() > 1) {
			this.problems.add("variants", "must have exactly one variant when the product has no options");
		}
		List<Variant> checked = new ArrayList<>();
		Map<String, Integer> skus = new HashMap<>();
		Map<List<String>, Integer> combinations = new HashMap<>();
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "variants[" + i + "]";
			VariantInput variant = given.get(i);
			if (variant == null) {
				this.problems.add(field, "is required");
				continue;
			}
			if (variant.id() != null && !ids.add(variant.id())) {
				this.problems.add(field + ".id", "names the same variant as another entry");
			}
			String sku = sku(field + ".sku", variant.sku());
			Integer first = (sku != null) ? skus.putIfAbsent(sku, i) : null;
			if (first != null) {
				this.problems.add(field + ".sku", "is the SKU of variants[" + first + "]");
			}
			List<String> values = optionValues(field + ".optionValues", variant.optionValues());
			// without options, one variant only: said once above, not for each pair
			Integer same = (values != null && !this.options.isEmpty()) ? combinations.putIfAbsent(values, i) : null;
			if (same != null) {
				this.problems.add(field + ".optionValues", "is the same combination as variants[" + same + "]");
			}
			List<Price> prices = prices(field + ".prices", variant.prices());
			Integer weight = variant.weightGrams();
			if (weight != null && weight < 0) {
				this.problems.add(field + ".weightGrams", "must not be negative");
			}
			String barcode = this.problems.optionalLine(field + ".barcode", variant.barcode(), BARCODE_MAX);
			checked.add(new Variant((variant.id() != null) ? new VariantId(variant.id()) : null, sku,
					(values != null) ? values : List.of(), prices, weight, barcode));
		}
		return checked;
	}

	private String sku(String field, String sku) {
		String checked = this.problems.requiredLine(field, sku, SKU_MAX);
		if (checked != null && !SKU.matcher(checked).matches()) {
			this.problems.add(field,
					"may contain only letters, digits, '.', '_' and '-', starting with a letter or digit");
			return null;
		}
		return checked;
	}

	private List<String> optionValues(String field, List<String> given) {
		List<String> values = (given != null) ? given : List.of();
		if (values.size() != this.options.size()) {
			this.problems.add(field, this.options.isEmpty() ? "must be empty: the product has no options"
					: "must have one value for each option, in order: " + optionNames());
			return null;
		}
		boolean valid = true;
		for (int i = 0; i < values.size(); i++) {
			ProductOption option = this.options.get(i);
			if (values.get(i) == null || !option.values().contains(values.get(i))) {
				this.problems.add(field + "[" + i + "]",
						"must be one of the values of option " + option.name() + ": " + option.values());
				valid = false;
			}
		}
		return valid ? List.copyOf(values) : null;
	}

	private String optionNames() {
		return this.options.stream().map(ProductOption::name).collect(Collectors.joining(", "));
	}

	private List<Price> prices(String field, List<PriceInput> given) {
		if (given == null || given.isEmpty()) {
			this.problems.add(field, "must have at least one price, in one of the shop's currencies "
					+ this.shopCurrencies.stream().sorted().toList());
			return List.of();
		}
		List<Price> checked = new ArrayList<>();
		Set<String> currencies = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String at = field + "[" + i + "]";
			PriceInput price = given.get(i);
			if (price == null) {
				this.problems.add(at, "is required");
				continue;
			}
			boolean valid = currency(at + ".currency", price.currency());
			if (valid && !currencies.add(price.currency())) {
				this.problems.add(at + ".currency", "is the currency of another price of this variant");
			}
			valid &= amount(at + ".amountMinor", price.amountMinor(), true);
			valid &= amount(at + ".compareAtMinor", price.compareAtMinor(), false);
			if (valid) {
				checked.add(new Price(price.currency(), price.amountMinor(), price.compareAtMinor()));
			}
		}
		return checked;
	}

	private boolean currency(String field, String currency) {
		if (!Money.isCurrencyCode(currency)) {
			this.problems.add(field, "must be the upper-case ISO 4217 code of a currency in circulation, such as EUR"
					+ " (not a test, fund or precious-metal code such as XXX, XTS or XAU)");
			return false;
		}
		if (!this.shopCurrencies.contains(currency)) {
			this.problems.add(field,
					"must be one of the shop's currencies " + this.shopCurrencies.stream().sorted().toList() + " (add "
							+ currency + " in the shop's settings first)");
			return false;
		}
		return true;
	}

	private boolean amount(String field, Long amount, boolean required) {
		if (amount == null) {
			if (required) {
				this.problems.add(field, "is required");
			}
			return !required;
		}
		if (amount < 0) {
			this.problems.add(field, "must not be negative");
			return false;
		}
		if (amount > Money.MAX_AMOUNT_MINOR) {
			this.problems.add(field, "must be at most " + Money.MAX_AMOUNT_MINOR + " minor units (10^12)");
			return false;
		}
		return true;
	}

}
