package dev.rustok.runtime.catalog;

import java.util.List;

import dev.rustok.runtime.shared.VariantId;

/**
 * One thing a shopper can buy: a combination of the product's option values (in option
 * order), with its SKU and prices.
 *
 * @param id {@code null} for a variant that an edit adds
 * @param weightGrams {@code null} when unknown
 * @param barcode {@code null} when none
 */
public record Variant(VariantId id, String sku, List<String> optionValues, List<Price> prices, Integer weightGrams,
		String barcode) {

	public Variant {
		optionValues = List.copyOf(optionValues);
		prices = List.copyOf(prices);
	}

	Variant withId(VariantId newId) {
		return new Variant(newId, this.sku, this.optionValues, this.prices, this.weightGrams, this.barcode);
	}

}
