package dev.rustok.runtime.catalogindex;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.storefront.CollectionSummary;
import dev.rustok.runtime.storefront.Image;
import dev.rustok.runtime.storefront.ProductOption;
import dev.rustok.runtime.storefront.Variant;

/**
 * An active product as the catalogue and inventory tables hold it now: what its document
 * is built from.
 *
 * @param collectionTrail ids and handles of its collections and of every collection they
 * are nested in, so a collection's list shows its sub-collections' products
 * @param categories the ids of its own categories (the tree is resolved when listing)
 * @param oldHandles handles it had before, which redirect to it
 */
record SourceProduct(UUID id, String handle, String title, String description, boolean trackInventory,
		OffsetDateTime createdAt, List<ProductOption> options, List<Variant> variants, List<Image> images,
		List<String> tags, List<CollectionSummary> collections, List<Trail> collectionTrail, List<UUID> categories,
		List<String> oldHandles) {

	/** A collection the product is in, directly or through a sub-collection. */
	record Trail(UUID id, String handle) {

	}

	/** Stock not tracked, or some variant a shopper can buy now. */
	boolean available() {
		return !this.trackInventory || this.variants.stream().anyMatch(Variant::available);
	}

}
