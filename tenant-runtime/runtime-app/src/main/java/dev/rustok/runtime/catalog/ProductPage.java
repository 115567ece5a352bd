package dev.rustok.runtime.catalog;

import java.util.List;

/**
 * One page of a tenant's products, newest first.
 *
 * @param total how many products the tenant has in all
 */
public record ProductPage(List<Product> items, int page, int size, long total) {

	public ProductPage {
		items = List.copyOf(items);
	}

}
