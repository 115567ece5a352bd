package dev.rustok.runtime.catalog;

import java.util.List;

/**
 * Everything a merchant says about a product, checked (see {@link ProductInput}): what a
 * create stores and what an edit replaces.
 *
 * @param handle {@code null} to make one from the title (on create) or keep the current
 * one (on edit)
 * @param description {@code null} when none
 */
public record ProductDetails(String title, Handle handle, String description, ProductStatus status,
		boolean trackInventory, List<ProductOption> options, List<Variant> variants, List<ProductImage> images,
		List<String> tags, List<CollectionId> collectionIds, List<CategoryId> categoryIds) {

	public ProductDetails {
		options = List.copyOf(options);
		variants = List.copyOf(variants);
		images = List.copyOf(images);
		tags = List.copyOf(tags);
		collectionIds = List.copyOf(collectionIds);
		categoryIds = List.copyOf(categoryIds);
	}

}
