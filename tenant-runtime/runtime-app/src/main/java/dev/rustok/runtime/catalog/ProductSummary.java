package dev.rustok.runtime.catalog;

import java.time.Instant;

/**
 * A line of the admin product list.
 *
 * @param imageUrl the first image, {@code null} when none
 */
public record ProductSummary(ProductId id, Handle handle, String title, ProductStatus status, int variantCount,
		String imageUrl, int version, Instant createdAt, Instant updatedAt) {

}
