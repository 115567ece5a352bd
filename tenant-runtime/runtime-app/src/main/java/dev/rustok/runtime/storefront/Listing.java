package dev.rustok.runtime.storefront;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One page of products, each with the cursor that ends at it.
 *
 * @param entries the products of the page, in order
 * @param hasMore whether products follow the last one
 */
public record Listing(List<Entry> entries, boolean hasMore) implements Serializable {

	public List<ProductCard> items() {
		return this.entries.stream().map(Entry::card).toList();
	}

	/** The cursor of the next page: after the last product, if any follow. */
	public Optional<Cursor> next() {
		return this.hasMore ? Optional.of(this.entries.getLast().cursor()) : Optional.empty();
	}

	/**
	 * A product of the page and the cursor that ends at it.
	 *
	 * @param card the product
	 * @param cursor where a page starting after it begins
	 */
	public record Entry(ProductCard card, Cursor cursor) implements Serializable {

	}

}
