package dev.rustok.runtime.catalog;

import java.time.Instant;
import java.util.List;

import dev.rustok.runtime.shared.Money;

/**
 * A product of one shop's catalogue as stored, with its options, variants, prices,
 * images, tags, collections and categories.
 *
 * @param description {@code null} when the merchant gave none
 * @param version bumped by every change; an edit must name the version it read
 */
public record Product(ProductId id, Handle handle, String title, String description, ProductStatus status,
		boolean trackInventory, List<ProductOption> options, List<Variant> variants, List<ProductImage> images,
		List<String> tags, List<CollectionId> collectionIds, List<CategoryId> categoryIds, int version,
		Instant createdAt, Instant updatedAt) {

	public Product {
		options = List.copyOf(options);
		variants = List.copyOf(variants);
		images = List.copyOf(images);
		tags = List.copyOf(tags);
		collectionIds = List.copyOf(collectionIds);
		categoryIds = List.copyOf(categoryIds);
	}

}
