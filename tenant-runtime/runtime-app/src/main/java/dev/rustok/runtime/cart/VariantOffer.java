package dev.rustok.runtime.cart;

import java.util.Optional;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.VariantId;

/**
 * What the catalogue says of a variant now, in one currency.
 *
 * @param title the product's title and the variant's option values
 * @param active whether its product is on sale (neither draft nor archived)
 * @param price empty when the variant has no price in the currency
 */
record VariantOffer(VariantId variantId, String sku, String title, boolean active, Optional<Money> price,
		int weightGrams) {

}
