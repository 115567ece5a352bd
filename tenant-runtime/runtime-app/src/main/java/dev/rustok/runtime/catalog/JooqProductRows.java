package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static dev.rustok.runtime.schema.Tables.COLLECTION_PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_CATEGORY;
import static dev.rustok.runtime.schema.Tables.PRODUCT_IMAGE;
import static dev.rustok.runtime.schema.Tables.PRODUCT_OPTION;
import static dev.rustok.runtime.schema.Tables.PRODUCT_TAG;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/**
 * The rows that hang off a product (options, variants, prices, images, tags,
 * memberships), written for a create or rewritten for an edit. Variants keep their ids
 * across edits: stock and reservations point at them.
 */
final class JooqProductRows {

	private final DSLContext sql;

	private final UUID product;

	JooqProductRows(DSLContext sql, ProductId product) {
		this.sql = sql;
		this.product = product.value();
	}

	void writeAll(ProductDetails details) {
		writeOptions(details.options());
		List<Variant> variants = details.variants().stream().map((v) -> v.withId(VariantId.random())).toList();
		insertVariants(variants, 0);
		writePrices(variants);
		writeImages(details.images());
		writeTags(details.tags());
		writeCollections(details.collectionIds());
		writeCategories(details.categoryIds());
	}

	void rewriteAll(Product current, ProductDetails details) {
		this.sql.deleteFrom(PRODUCT_OPTION).where(PRODUCT_OPTION.PRODUCT_ID.eq(this.product)).execute();
		writeOptions(details.options());
		List<Variant> variants = rewriteVariants(current.variants(), details.variants());
		this.sql.deleteFrom(VARIANT_PRICE)
			.where(VARIANT_PRICE.VARIANT_ID.in(DSL.select(PRODUCT_VARIANT.ID)
				.from(PRODUCT_VARIANT)
				.where(PRODUCT_VARIANT.PRODUCT_ID.eq(this.product))))
			.execute();
		writePrices(variants);
		this.sql.deleteFrom(PRODUCT_IMAGE).where(PRODUCT_IMAGE.PRODUCT_ID.eq(this.product)).execute();
		writeImages(details.images());
		this.sql.deleteFrom(PRODUCT_TAG).where(PRODUCT_TAG.PRODUCT_ID.eq(this.product)).execute();
		writeTags(details.tags());
		Set<UUID> collections = details.collectionIds().stream().map(CollectionId::value).collect(Collectors.toSet());
		this.sql.deleteFrom(COLLECTION_PRODUCT)
			.where(COLLECTION_PRODUCT.PRODUCT_ID.eq(this.product), COLLECTION_PRODUCT.COLLECTION_ID.notIn(collections))
			.execute();
		writeCollections(details.collectionIds());
		this.sql.deleteFrom(PRODUCT_CATEGORY).where(PRODUCT_CATEGORY.PRODUCT_ID.eq(this.product)).execute();
		writeCategories(details.categoryIds());
	}

	/**
	 * Deletes the variants the edit left out, updates the kept ones in place and adds the
	 * new ones. A kept variant whose SKU or combination changes goes through a
	 * placeholder first, so that two variants may swap SKUs without tripping the unique
	 * constraints.
	 */
	private List<Variant> rewriteVariants(List<Variant> before, List<Variant> after) {
		Set<VariantId> kept = after.stream().map(Variant::id).filter((id) -> id != null).collect(Collectors.toSet());
		Map<VariantId, Variant> old = before.stream().collect(Collectors.toMap(Variant::id, (v) -> v));
		this.sql.deleteFrom(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(this.product),
					PRODUCT_VARIANT.ID.notIn(kept.stream().map(VariantId::value).toList()))
			.execute();
		for (Variant variant : after) {
			Variant was = (variant.id() != null) ? old.get(variant.id()) : null;
			if (was != null
					&& (!was.sku().equals(variant.sku()) || !was.optionValues().equals(variant.optionValues()))) {
				String placeholder = "~" + variant.id();
				this.sql.update(PRODUCT_VARIANT)
					.set(PRODUCT_VARIANT.SKU, placeholder)
					.set(PRODUCT_VARIANT.OPTION_VALUES, new String[] { placeholder })
					.where(PRODUCT_VARIANT.ID.eq(variant.id().value()))
					.execute();
			}
		}
		List<Variant> stored = new ArrayList<>();
		for (int position = 0; position < after.size(); position++) {
			Variant variant = after.get(position);
			if (variant.id() != null) {
				this.sql.update(PRODUCT_VARIANT)
					.set(PRODUCT_VARIANT.POSITION, (short) position)
					.set(PRODUCT_VARIANT.SKU, variant.sku())
					.set(PRODUCT_VARIANT.OPTION_VALUES, variant.optionValues().toArray(String[]::new))
					.set(PRODUCT_VARIANT.WEIGHT_GRAMS, variant.weightGrams())
					.set(PRODUCT_VARIANT.BARCODE, variant.barcode())
					.where(PRODUCT_VARIANT.ID.eq(variant.id().value()))
					.execute();
				stored.add(variant);
			}
			else {
				Variant added = variant.withId(VariantId.random());
				insertVariants(List.of(added), position);
				stored.add(added);
			}
		}
		return stored;
	}

	private void writeOptions(List<ProductOption> options) {
		for (int position = 0; position < options.size(); position++) {
			ProductOption option = options.get(position);
			this.sql.insertInto(PRODUCT_OPTION)
				.set(PRODUCT_OPTION.PRODUCT_ID, this.product)
				.set(PRODUCT_OPTION.POSITION, (short) position)
				.set(PRODUCT_OPTION.NAME, option.name())
				.set(PRODUCT_OPTION.OPTION_VALUES, option.values().toArray(String[]::new))
				.execute();
		}
	}

	private void insertVariants(List<Variant> variants, int firstPosition) {
		for (int i = 0; i < variants.size(); i++) {
			Variant variant = variants.get(i);
			this.sql.insertInto(PRODUCT_VARIANT)
				.set(PRODUCT_VARIANT.ID, variant.id().value())
				.set(PRODUCT_VARIANT.PRODUCT_ID, this.product)
				.set(PRODUCT_VARIANT.POSITION, (short) (firstPosition + i))
				.set(PRODUCT_VARIANT.SKU, variant.sku())
				.set(PRODUCT_VARIANT.OPTION_VALUES, variant.optionValues().toArray(String[]::new))
				.set(PRODUCT_VARIANT.WEIGHT_GRAMS, variant.weightGrams())
				.set(PRODUCT_VARIANT.BARCODE, variant.barcode())
				.execute();
		}
	}

	private void writePrices(List<Variant> variants) {
		var insert = this.sql.insertInto(VARIANT_PRICE, VARIANT_PRICE.VARIANT_ID, VARIANT_PRICE.CURRENCY,
				VARIANT_PRICE.AMOUNT_MINOR, VARIANT_PRICE.COMPARE_AT_MINOR);
		boolean any = false;
		for (Variant variant : variants) {
			for (Price price : variant.prices()) {
				insert = insert.values(variant.id().value(), price.currency(), price.amountMinor(),
						price.compareAtMinor());
				any = true;
			}
		}
		if (any) {
			insert.execute();
		}
	}

	private void writeImages(List<ProductImage> images) {
		for (int position = 0; position < images.size(); position++) {
			ProductImage image = images.get(position);
			this.sql.insertInto(PRODUCT_IMAGE)
				.set(PRODUCT_IMAGE.ID, UUID.randomUUID())
				.set(PRODUCT_IMAGE.PRODUCT_ID, this.product)
				.set(PRODUCT_IMAGE.POSITION, (short) position)
				.set(PRODUCT_IMAGE.URL, image.url())
				.set(PRODUCT_IMAGE.ALT, image.alt())
				.execute();
		}
	}

	private void writeTags(List<String> tags) {
		for (String tag : tags) {
			this.sql.insertInto(PRODUCT_TAG)
				.set(PRODUCT_TAG.PRODUCT_ID, this.product)
				.set(PRODUCT_TAG.TAG, tag)
				.onConflictDoNothing()
				.execute();
		}
	}

	/** New memberships go to the end of each collection's manual order. */
	private void writeCollections(List<CollectionId> collections) {
		for (CollectionId collection : collections) {
			this.sql.insertInto(COLLECTION_PRODUCT)
				.set(COLLECTION_PRODUCT.COLLECTION_ID, collection.value())
				.set(COLLECTION_PRODUCT.PRODUCT_ID, this.product)
				.set(COLLECTION_PRODUCT.POSITION,
						DSL.select(DSL.coalesce(DSL.max(COLLECTION_PRODUCT.POSITION), -1).plus(1))
							.from(COLLECTION_PRODUCT)
							.where(COLLECTION_PRODUCT.COLLECTION_ID.eq(collection.value())))
				.onConflictDoNothing()
				.execute();
		}
	}

	private void writeCategories(List<CategoryId> categories) {
		for (CategoryId category : categories) {
			this.sql.insertInto(PRODUCT_CATEGORY)
				.set(PRODUCT_CATEGORY.PRODUCT_ID, this.product)
				.set(PRODUCT_CATEGORY.CATEGORY_ID, category.value())
				.execute();
		}
	}

}
