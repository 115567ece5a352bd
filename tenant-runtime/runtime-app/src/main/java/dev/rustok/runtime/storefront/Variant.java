package dev.rustok.runtime.storefront;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A variant as a shopper sees it: never how many are in stock, only whether it can be
 * bought.
 *
 * @param id its id, which the product page's picker sends
 * @param sku its stock-keeping unit
 * @param optionValues its value of each option, in option order
 * @param prices its price in every currency it is sold in
 * @param available stock not tracked, or some on hand that no checkout holds
 */
public record Variant(UUID id, String sku, List<String> optionValues, List<Price> prices,
		boolean available) implements Serializable {

	public Optional<Price> priceIn(String currency) {
		return this.prices.stream().filter((price) -> price.currency().equals(currency)).findFirst();
	}

}
