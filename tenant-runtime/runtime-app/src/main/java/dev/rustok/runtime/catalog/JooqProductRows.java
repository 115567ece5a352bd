package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.rustok.runtime.shared.VariantId;
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

	// one multi-row insert per table: a product is written in a few round trips
	private void writeOptions(List<ProductOption> options) {
		if (options.isEmpty()) {
			return;
		}
		var insert = this.sql.insertInto(PRODUCT_OPTION, PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.POSITION,
				PRODUCT_OPTION.NAME, PRODUCT_OPTION.OPTION_VALUES);
		for (int position = 0; position < options.size(); position++) {
			ProductOption option = options.get(position);
			insert = insert.values(this.product, (short) position, option.name(),
					option.values().toArray(String[]::new));
		}
		insert.execute();
	}

	private void insertVariants(List<Variant> variants, int firstPosition) {
		var insert = this.sql.insertInto(PRODUCT_VARIANT, PRODUCT_VARIANT.ID, PRODUCT_VARIANT.PRODUCT_ID,
				PRODUCT_VARIANT.POSITION, PRODUCT_VARIANT.SKU, PRODUCT_VARIANT.OPTION_VALUES,
				PRODUCT_VARIANT.WEIGHT_GRAMS, PRODUCT_VARIANT.BARCODE);
		for (int i = 0; i < variants.size(); i++) {
			Variant variant = variants.get(i);
			insert = insert.values(variant.id().value(), this.product, (short) (firstPosition + i), variant.sku(),
					variant.optionValues().toArray(String[]::new), variant.weightGrams(), variant.barcode());
		}
		if (!variants.isEmpty()) {
			insert.execute();
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
		if (images.isEmpty()) {
			return;
		}
		var insert = this.sql.insertInto(PRODUCT_IMAGE, PRODUCT_IMAGE.ID, PRODUCT_IMAGE.PRODUCT_ID,
				PRODUCT_IMAGE.POSITION, PRODUCT_IMAGE.URL, PRODUCT_IMAGE.ALT);
		for (int position = 0; position < images.size(); position++) {
			ProductImage image = images.get(position);
			insert = insert.values(UUID.randomUUID(), this.product, (short) position, image.url(), image.alt());
		}
		insert.execute();
	}

	private void writeTags(List<String> tags) {
		if (tags.isEmpty()) {
			return;
		}
		var insert = this.sql.insertInto(PRODUCT_TAG, PRODUCT_TAG.PRODUCT_ID, PRODUCT_TAG.TAG);
		for (String tag : tags) {
			insert = insert.values(this.product, tag);
		}
		insert.onConflictDoNothing().execute();
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
		if (categories.isEmpty()) {
			return;
		}
		var insert = this.sql.insertInto(PRODUCT_CATEGORY, PRODUCT_CATEGORY.PRODUCT_ID, PRODUCT_CATEGORY.CATEGORY_ID);
		for (CategoryId category : categories) {
			insert = insert.values(this.product, category.value());
		}
		insert.execute();
	}

}
