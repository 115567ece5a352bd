package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The product page's choice of variant, from a plain GET form: {@code ?variant=<id>}, or
 * one {@code o0, o1, ...} parameter per option naming its value. Without either, the
 * first variant that can be bought (else the first).
 *
 * @param options the option selects, each with the value shown as chosen
 * @param selected the chosen variant; empty when the chosen values name none
 * @param price its price in the page's currency; empty when it has none there
 * @param currency the page's currency
 */
public record VariantPicker(List<Choice> options, Optional<Variant> selected, Optional<Price> price, String currency) {

	static VariantPicker of(PublicProduct product, Map<String, String> params, String currency) {
		Optional<Variant> selected = chosen(product, params);
		List<Choice> choices = new ArrayList<>();
		for (int i = 0; i < product.options().size(); i++) {
			ProductOption option = product.options().get(i);
			int position = i;
			String value = selected.filter((variant) -> variant.optionValues().size() > position)
				.map((variant) -> variant.optionValues().get(position))
				.orElse(params.get(param(position)));
			choices.add(new Choice(option.name(), param(i), option.values(), value));
		}
		return new VariantPicker(choices, selected, selected.flatMap((variant) -> variant.priceIn(currency)), currency);
	}

	/** Whether the chosen variant can be bought now. */
	public boolean available() {
		return this.selected.map(Variant::available).orElse(false);
	}

	private static Optional<Variant> chosen(PublicProduct product, Map<String, String> params) {
		String variantId = params.get("variant");
		if (variantId != null && !variantId.isEmpty()) {
			try {
				return product.variant(UUID.fromString(variantId));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
		if (params.containsKey(param(0)) && !product.options().isEmpty()) {
			List<String> values = new ArrayList<>();
			for (int i = 0; i < product.options().size(); i++) {
				values.add(params.getOrDefault(param(i), ""));
			}
			return product.variantWith(values);
		}
		return product.variants()
			.stream()
			.filter(Variant::available)
			.findFirst()
			.or(() -> product.variants().stream().findFirst());
	}

	private static String param(int position) {
		return "o" + position;
	}

	/**
	 * One option's select.
	 *
	 * @param name the option's name
	 * @param param the form parameter carrying its value
	 * @param values its values in order
	 * @param value the value shown as chosen; null for none
	 */
	public record Choice(String name, String param, List<String> values, String value) {

	}

}
