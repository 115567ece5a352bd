package dev.rustok.runtime.storefront;

import java.util.Optional;

/**
 * Which active products a list shows; every part is optional and they all must hold.
 *
 * @param collection a collection's handle: its own products (not its sub-collections')
 * @param category a category's handle: its products and those of every category below it
 * @param tag one tag, exactly
 * @param minPrice a variant priced at least this, in minor units of the currency
 * @param maxPrice a variant priced at most this
 * @param currency the currency of prices shown and filtered; empty: the shop's first
 * @param inStock only products a shopper can buy now (untracked, or some variant with
 * stock not reserved)
 * @param text words in the title or a tag (case-insensitive); full-text search comes with
 * issue 13
 */
public record ProductFilter(Optional<String> collection, Optional<String> category, Optional<String> tag,
		Optional<Long> minPrice, Optional<Long> maxPrice, Optional<String> currency, boolean inStock,
		Optional<String> text) {

	public static ProductFilter none() {
		return new ProductFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), false, Optional.empty());
	}

	ProductFilter inCollection(String handle) {
		return new ProductFilter(Optional.of(handle), this.category, this.tag, this.minPrice, this.maxPrice,
				this.currency, this.inStock, this.text);
	}

	ProductFilter inCategory(String handle) {
		return new ProductFilter(this.collection, Optional.of(handle), this.tag, this.minPrice, this.maxPrice,
				this.currency, this.inStock, this.text);
	}

	ProductFilter inCurrency(String code) {
		return new ProductFilter(this.collection, this.category, this.tag, this.minPrice, this.maxPrice,
				Optional.of(code), this.inStock, this.text);
	}

	boolean byPrice() {
		return this.minPrice.isPresent() || this.maxPrice.isPresent();
	}

}
