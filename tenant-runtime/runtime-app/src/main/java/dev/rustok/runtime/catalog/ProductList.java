package dev.rustok.runtime.catalog;

import java.util.List;

/**
 * One page of the admin product list.
 *
 * @param next where the next page starts, {@code null} on the last page
 */
public record ProductList(List<ProductSummary> items, ProductCursor next) {

	public ProductList {
		items = List.copyOf(items);
	}

}
