package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rustok.runtime.catalog.ProductInput.OptionInput;
import dev.rustok.runtime.catalog.ProductInput.PriceInput;
import dev.rustok.runtime.catalog.ProductInput.VariantInput;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Variants against options: a product is accepted exactly when every variant has one
 * existing value per option and no combination appears twice.
 */
class VariantCombinationPropertyTests {

	private static final Set<String> SHOP = Set.of("EUR", "USD");

	@Property
	void acceptsExactlyTheVariantsThatAreDistinctCombinationsOfTheOptionValues(@ForAll("products") Case product) {
		boolean valid = product.combinations()
			.stream()
			.allMatch((combination) -> isCombination(combination, product.options()))
				&& new HashSet<>(product.combinations()).size() == product.combinations().size();

		// both kinds must be generated often, or the property proves little
		Statistics.label("valid").collect(valid);
		Statistics.label("valid").coverage((coverage) -> {
			coverage.check(true).percentage((percent) -> percent > 10);
			coverage.check(false).percentage((percent) -> percent > 10);
		});
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> product.input().check(SHOP));

		if (valid) {
			assertThat(refused).as(() -> String.valueOf(refused.errors())).isNull();
			assertThat(product.input().check(SHOP).variants()).extracting(Variant::optionValues)
				.isEqualTo(product.combinations());
		}
		else {
			assertThat(refused).isNotNull();
			assertThat(refused.errors()).extracting(FieldProblem::field)
				.allSatisfy((field) -> assertThat(field).startsWith("variants["));
		}
	}

	private static boolean isCombination(List<String> combination, Map<String, List<String>> options) {
		List<List<String>> values = new ArrayList<>(options.values());
		if (combination.size() != values.size()) {
			return false;
		}
		for (int i = 0; i < combination.size(); i++) {
			if (!values.get(i).contains(combination.get(i))) {
				return false;
			}
		}
		return true;
	}

	record Case(Map<String, List<String>> options, List<List<String>> combinations) {

		ProductInput input() {
			List<OptionInput> optionInputs = this.options.entrySet()
				.stream()
				.map((option) -> new OptionInput(option.getKey(), option.getValue()))
				.toList();
			List<VariantInput> variants = new ArrayList<>();
			for (int i = 0; i < this.combinations.size(); i++) {
				variants.add(new VariantInput(null, "SKU-" + i, this.combinations.get(i),
						List.of(new PriceInput("EUR", 100L, null)), null, null));
			}
			return new ProductInput("Product", null, null, null, null, optionInputs, variants, null, null, null, null,
					null);
		}

	}

	@Provide
	Arbitrary<Case> products() {
		Arbitrary<String> value = Arbitraries.of("S", "M", "L", "Red", "Blue");
		// option names are distinct by construction; the combinations are mostly real
		// ones, so that valid and invalid products are both generated often
		Arbitrary<Map<String, List<String>>> options = Arbitraries.integers()
			.between(1, 3)
			.flatMap((count) -> Combinators
				.combine(value.list().uniqueElements().ofMinSize(1).ofMaxSize(3),
						value.list().uniqueElements().ofMinSize(1).ofMaxSize(3),
						value.list().uniqueElements().ofMinSize(1).ofMaxSize(3))
				.as((a, b, c) -> {
					Map<String, List<String>> named = new java.util.LinkedHashMap<>();
					List<List<String>> all = List.of(a, b, c);
					for (int i = 0; i < count; i++) {
						named.put("Option" + i, all.get(i));
					}
					return named;
				}));
		return options.flatMap((named) -> combination(named).list()
			.ofMinSize(1)
			.ofMaxSize(6)
			.map((combinations) -> new Case(named, combinations)));
	}

	/**
	 * Mostly a real combination of the options' values; now and then a value of no
	 * option, or one value too many or too few.
	 */
	private static Arbitrary<List<String>> combination(Map<String, List<String>> options) {
		List<List<String>> values = new ArrayList<>(options.values());
		Arbitrary<List<String>> real = Combinators
			.combine(values.stream()
				.map((optionValues) -> Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.of(optionValues)),
						Tuple.of(1, Arbitraries.just("Nope"))))
				.toList())
			.as(List::copyOf);
		return Arbitraries.frequencyOf(Tuple.of(18, real), Tuple.of(1, real.map((combination) -> {
			List<String> longer = new ArrayList<>(combination);
			longer.add("S");
			return longer;
		})), Tuple.of(1, real.map((combination) -> combination.subList(0, combination.size() - 1))));
	}

}
