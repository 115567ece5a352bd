package dev.rustok.runtime.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A manual collection ("Summer sale"): products in the merchant's order, possibly inside
 * a parent collection.
 *
 * @param parentId {@code null} for a top-level collection
 * @param productIds in the order the storefront shows them
 */
public record ProductCollection(CollectionId id, Handle handle, String title, String description, CollectionId parentId,
		List<ProductId> productIds, int version, Instant createdAt, Instant updatedAt) {

	public ProductCollection {
		productIds = List.copyOf(productIds);
	}

}
