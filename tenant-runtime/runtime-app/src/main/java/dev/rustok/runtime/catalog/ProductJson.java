package dev.rustok.runtime.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The wire shapes of the admin product API (docs/adr/0028): camelCase, ids as UUID text,
 * money as integer minor units with its ISO 4217 currency. Requests bind to
 * {@link ProductInput}.
 */
final class ProductJson {

	private ProductJson() {
	}

	record ProductView(UUID id, String title, String handle, String description, String status, boolean trackInventory,
			List<OptionView> options, List<VariantView> variants, List<ImageView> images, List<String> tags,
			List<UUID> collectionIds, List<UUID> categoryIds, int version, Instant createdAt, Instant updatedAt) {

		static ProductView of(Product product) {
			return new ProductView(product.id().value(), product.title(), product.handle().value(),
					product.description(), product.status().wireName(), product.trackInventory(),
					product.options().stream().map((o) -> new OptionView(o.name(), o.values())).toList(),
					product.variants().stream().map(VariantView::of).toList(),
					product.images().stream().map((i) -> new ImageView(i.url(), i.alt())).toList(), product.tags(),
					product.collectionIds().stream().map(CollectionId::value).toList(),
					product.categoryIds().stream().map(CategoryId::value).toList(), product.version(),
					product.createdAt(), product.updatedAt());
		}

	}

	record OptionView(String name, List<String> values) {

	}

	record VariantView(UUID id, String sku, List<String> optionValues, List<PriceView> prices, Integer weightGrams,
			String barcode) {

		static VariantView of(Variant variant) {
			return new VariantView(variant.id().value(), variant.sku(), variant.optionValues(),
					variant.prices()
						.stream()
						.map((p) -> new PriceView(p.currency(), p.amountMinor(), p.compareAtMinor()))
						.toList(),
					variant.weightGrams(), variant.barcode());
		}

	}

	record PriceView(String currency, long amountMinor, Long compareAtMinor) {

	}

	record ImageView(String url, String alt) {

	}

	record SummaryView(UUID id, String title, String handle, String status, int variantCount, String imageUrl,
			int version, Instant createdAt, Instant updatedAt) {

		static SummaryView of(ProductSummary summary) {
			return new SummaryView(summary.id().value(), summary.title(), summary.handle().value(),
					summary.status().wireName(), summary.variantCount(), summary.imageUrl(), summary.version(),
					summary.createdAt(), summary.updatedAt());
		}

	}

	/**
	 * @param next the {@code after} of the next page, {@code null} on the last
	 */
	record ListView(List<SummaryView> items, String next) {

		static ListView of(ProductList list) {
			return new ListView(list.items().stream().map(SummaryView::of).toList(),
					(list.next() != null) ? list.next().encoded() : null);
		}

	}

}
