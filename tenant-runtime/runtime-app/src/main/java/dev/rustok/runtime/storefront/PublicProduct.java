package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An active product with everything a shopper may see of it.
 *
 * @param id its id
 * @param handle its current handle
 * @param title its title
 * @param description its description; null when it has none
 * @param options its options in order (Size: S, M, L)
 * @param variants its variants in order, each with prices in every currency it is sold in
 * @param images its images in order
 * @param tags its tags, sorted
 * @param collections the collections it is in
 * @param available whether some variant can be bought now
 */
public record PublicProduct(UUID id, String handle, String title, String description, List<ProductOption> options,
		List<Variant> variants, List<Image> images, List<String> tags, List<CollectionSummary> collections,
		boolean available) {

	static PublicProduct of(ProductLookup.Found head, List<ProductOption> options, List<Variant> variants,
			List<Image> images, List<String> tags, List<CollectionSummary> collections) {
		return new PublicProduct(head.id(), head.handle(), head.title(), head.description(), List.copyOf(options),
				List.copyOf(variants), List.copyOf(images), List.copyOf(tags), List.copyOf(collections),
				variants.stream().anyMatch(Variant::available));
	}

	/** The variant a shopper picked by id, if it is one of this product's. */
	public Optional<Variant> variant(UUID variantId) {
		return this.variants.stream().filter((variant) -> variant.id().equals(variantId)).findFirst();
	}

	/** The variant with exactly these option values, in option order. */
	public Optional<Variant> variantWith(List<String> optionValues) {
		return this.variants.stream().filter((variant) -> variant.optionValues().equals(optionValues)).findFirst();
	}

}
