package dev.rustok.runtime.catalogindex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.rustok.runtime.storefront.CollectionSummary;
import dev.rustok.runtime.storefront.Image;
import dev.rustok.runtime.storefront.Price;
import dev.rustok.runtime.storefront.ProductOption;
import dev.rustok.runtime.storefront.Variant;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.impl.DSL;

import static dev.rustok.runtime.schema.Tables.COLLECTION;
import static dev.rustok.runtime.schema.Tables.COLLECTION_PRODUCT;
import static dev.rustok.runtime.schema.Tables.INVENTORY_LEVEL;
import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_CATEGORY;
import static dev.rustok.runtime.schema.Tables.PRODUCT_HANDLE_REDIRECT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_IMAGE;
import static dev.rustok.runtime.schema.Tables.PRODUCT_OPTION;
import static dev.rustok.runtime.schema.Tables.PRODUCT_TAG;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/**
 * Reads products from the catalogue's and inventory's tables (V3, V4): the only place the
 * read side touches the write model. A handful of small indexed queries for a whole batch
 * of products (docs/adr/0117).
 */
final class JooqCatalogSource {

	private final DSLContext dsl;

	JooqCatalogSource(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The active ones among these products, by id; a draft, an archived or a deleted one
	 * is missing. A statement per part of the product for all of them (docs/adr/0117),
	 * not per product.
	 */
	Map<UUID, SourceProduct> activeProducts(Collection<UUID> ids) {
		UUID[] all = ids.toArray(UUID[]::new);
		var heads = this.dsl
			.select(PRODUCT.ID, PRODUCT.HANDLE, PRODUCT.TITLE, PRODUCT.DESCRIPTION, PRODUCT.TRACK_INVENTORY,
					PRODUCT.CREATED_AT)
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(DSL.any(all)))
			.and(PRODUCT.STATUS.eq("active"))
			.fetch();
		if (heads.isEmpty()) {
			return Map.of();
		}
		UUID[] active = heads.map((head) -> head.value1()).toArray(UUID[]::new);
		Map<UUID, List<ProductOption>> options = options(active);
		Map<UUID, List<VariantRow>> variants = variants(active);
		Map<UUID, List<Image>> images = images(active);
		Map<UUID, List<String>> tags = tags(active);
		Map<UUID, List<CollectionSummary>> collections = collections(active);
		Map<UUID, List<SourceProduct.Trail>> trails = trails(active);
		Map<UUID, List<UUID>> categories = categories(active);
		Map<UUID, List<String>> oldHandles = oldHandles(active);
		Map<UUID, SourceProduct> products = new HashMap<>();
		for (var head : heads) {
			UUID id = head.value1();
			boolean tracked = head.value5();
			List<Variant> ofProduct = variants.getOrDefault(id, List.of())
				.stream()
				.map((row) -> row.variant(tracked))
				.toList();
			products.put(id,
					new SourceProduct(id, head.value2(), head.value3(), head.value4(), tracked, head.value6(),
							options.getOrDefault(id, List.of()), ofProduct, images.getOrDefault(id, List.of()),
							tags.getOrDefault(id, List.of()), collections.getOrDefault(id, List.of()),
							trails.getOrDefault(id, List.of()), categories.getOrDefault(id, List.of()),
							oldHandles.getOrDefault(id, List.of())));
		}
		return products;
	}

	/**
	 * The handles each of these products holds in the write model, current and old, by
	 * product; a deleted product has none.
	 */
	Map<UUID, List<String>> handlesOf(Collection<UUID> ids) {
		UUID[] all = ids.toArray(UUID[]::new);
		return byProduct(this.dsl.select(PRODUCT.ID, PRODUCT.HANDLE)
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(DSL.any(all)))
			.unionAll(DSL.select(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID, PRODUCT_HANDLE_REDIRECT.OLD_HANDLE)
				.from(PRODUCT_HANDLE_REDIRECT)
				.where(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID.eq(DSL.any(all))))
			.fetch(), PRODUCT.ID, (row) -> row.get(PRODUCT.HANDLE));
	}

	/** The product of each of these variants that still exists, by variant. */
	Map<UUID, UUID> productsOfVariants(Collection<UUID> variantIds) {
		return this.dsl.select(PRODUCT_VARIANT.ID, PRODUCT_VARIANT.PRODUCT_ID)
			.from(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.ID.eq(DSL.any(variantIds.toArray(UUID[]::new))))
			.fetchMap(PRODUCT_VARIANT.ID, PRODUCT_VARIANT.PRODUCT_ID);
	}

	/** The products in the collection or any collection nested in it. */
	Set<UUID> productsUnder(UUID collectionId) {
		var child = COLLECTION.as("child");
		CommonTableExpression<Record1<UUID>> tree = DSL.name("tree")
			.fields("id")
			.as(DSL.select(COLLECTION.ID)
				.from(COLLECTION)
				.where(COLLECTION.ID.eq(collectionId))
				.union(DSL.select(child.ID)
					.from(child)
					.join(DSL.table(DSL.name("tree")))
					.on(child.PARENT_ID.eq(DSL.field(DSL.name("tree", "id"), UUID.class)))));
		return new HashSet<>(this.dsl.withRecursive(tree)
			.selectDistinct(COLLECTION_PRODUCT.PRODUCT_ID)
			.from(COLLECTION_PRODUCT)
			.where(COLLECTION_PRODUCT.COLLECTION_ID.in(DSL.select(tree.field(0, UUID.class)).from(tree)))
			.fetch(COLLECTION_PRODUCT.PRODUCT_ID));
	}

	/** Every product id of the shop, in any status, in id order after {@code after}. */
	List<UUID> productIds(UUID after, int limit) {
		return this.dsl.select(PRODUCT.ID)
			.from(PRODUCT)
			.where((after != null) ? PRODUCT.ID.gt(after) : DSL.noCondition())
			.orderBy(PRODUCT.ID)
			.limit(limit)
			.fetch(PRODUCT.ID);
	}

	int productCount() {
		return this.dsl.fetchCount(PRODUCT);
	}

	// a variant as read, before its product says whether stock is tracked
	private record VariantRow(UUID id, String sku, List<String> optionValues, List<Price> prices, boolean inStock) {

		Variant variant(boolean tracked) {
			return new Variant(this.id, this.sku, this.optionValues, this.prices, !tracked || this.inStock);
		}

	}

	// each product's rows in the order the statement gave them
	private static <T> Map<UUID, List<T>> byProduct(Iterable<? extends Record> rows, Field<UUID> product,
			Function<Record, T> value) {
		Map<UUID, List<T>> byProduct = new HashMap<>();
		for (Record row : rows) {
			byProduct.computeIfAbsent(row.get(product), (id) -> new ArrayList<>()).add(value.apply(row));
		}
		return byProduct;
	}

	private Map<UUID, List<ProductOption>> options(UUID[] ids) {
		return byProduct(
				this.dsl.select(PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.NAME, PRODUCT_OPTION.OPTION_VALUES)
					.from(PRODUCT_OPTION)
					.where(PRODUCT_OPTION.PRODUCT_ID.eq(DSL.any(ids)))
					.orderBy(PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.POSITION)
					.fetch(),
				PRODUCT_OPTION.PRODUCT_ID, (row) -> new ProductOption(row.get(PRODUCT_OPTION.NAME),
						List.of(row.get(PRODUCT_OPTION.OPTION_VALUES))));
	}

	private Map<UUID, List<VariantRow>> variants(UUID[] ids) {
		Map<UUID, List<Price>> prices = byProduct(
				this.dsl
					.select(VARIANT_PRICE.VARIANT_ID, VARIANT_PRICE.AMOUNT_MINOR, VARIANT_PRICE.CURRENCY,
							VARIANT_PRICE.COMPARE_AT_MINOR)
					.from(VARIANT_PRICE)
					.join(PRODUCT_VARIANT)
					.on(PRODUCT_VARIANT.ID.eq(VARIANT_PRICE.VARIANT_ID))
					.where(PRODUCT_VARIANT.PRODUCT_ID.eq(DSL.any(ids)))
					.orderBy(VARIANT_PRICE.VARIANT_ID, VARIANT_PRICE.CURRENCY)
					.fetch(),
				VARIANT_PRICE.VARIANT_ID, (row) -> new Price(row.get(VARIANT_PRICE.AMOUNT_MINOR),
						row.get(VARIANT_PRICE.CURRENCY), row.get(VARIANT_PRICE.COMPARE_AT_MINOR)));
		Set<UUID> inStock = new HashSet<>(this.dsl.selectDistinct(INVENTORY_LEVEL.VARIANT_ID)
			.from(INVENTORY_LEVEL)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(INVENTORY_LEVEL.VARIANT_ID))
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(DSL.any(ids)))
			.and(INVENTORY_LEVEL.ON_HAND.gt(INVENTORY_LEVEL.RESERVED))
			.fetch(INVENTORY_LEVEL.VARIANT_ID));
		return byProduct(this.dsl
			.select(PRODUCT_VARIANT.PRODUCT_ID, PRODUCT_VARIANT.ID, PRODUCT_VARIANT.SKU, PRODUCT_VARIANT.OPTION_VALUES)
			.from(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(DSL.any(ids)))
			.orderBy(PRODUCT_VARIANT.PRODUCT_ID, PRODUCT_VARIANT.POSITION)
			.fetch(), PRODUCT_VARIANT.PRODUCT_ID, (row) -> {
				UUID variant = row.get(PRODUCT_VARIANT.ID);
				return new VariantRow(variant, row.get(PRODUCT_VARIANT.SKU),
						List.of(row.get(PRODUCT_VARIANT.OPTION_VALUES)),
						List.copyOf(prices.getOrDefault(variant, List.of())), inStock.contains(variant));
			});
	}

	private Map<UUID, List<Image>> images(UUID[] ids) {
		return byProduct(
				this.dsl.select(PRODUCT_IMAGE.PRODUCT_ID, PRODUCT_IMAGE.URL, PRODUCT_IMAGE.ALT)
					.from(PRODUCT_IMAGE)
					.where(PRODUCT_IMAGE.PRODUCT_ID.eq(DSL.any(ids)))
					.orderBy(PRODUCT_IMAGE.PRODUCT_ID, PRODUCT_IMAGE.POSITION)
					.fetch(),
				PRODUCT_IMAGE.PRODUCT_ID, (row) -> new Image(row.get(PRODUCT_IMAGE.URL), row.get(PRODUCT_IMAGE.ALT)));
	}

	private Map<UUID, List<String>> tags(UUID[] ids) {
		return byProduct(this.dsl.select(PRODUCT_TAG.PRODUCT_ID, PRODUCT_TAG.TAG)
			.from(PRODUCT_TAG)
			.where(PRODUCT_TAG.PRODUCT_ID.eq(DSL.any(ids)))
			.orderBy(PRODUCT_TAG.PRODUCT_ID, PRODUCT_TAG.TAG)
			.fetch(), PRODUCT_TAG.PRODUCT_ID, (row) -> row.get(PRODUCT_TAG.TAG));
	}

	private Map<UUID, List<CollectionSummary>> collections(UUID[] ids) {
		var parent = COLLECTION.as("parent");
		return byProduct(
				this.dsl
					.select(COLLECTION_PRODUCT.PRODUCT_ID, COLLECTION.ID, COLLECTION.HANDLE, COLLECTION.TITLE,
							COLLECTION.DESCRIPTION, parent.HANDLE)
					.from(COLLECTION_PRODUCT)
					.join(COLLECTION)
					.on(COLLECTION.ID.eq(COLLECTION_PRODUCT.COLLECTION_ID))
					.leftJoin(parent)
					.on(parent.ID.eq(COLLECTION.PARENT_ID))
					.where(COLLECTION_PRODUCT.PRODUCT_ID.eq(DSL.any(ids)))
					.orderBy(COLLECTION_PRODUCT.PRODUCT_ID, COLLECTION.TITLE, COLLECTION.HANDLE)
					.fetch(),
				COLLECTION_PRODUCT.PRODUCT_ID,
				(row) -> new CollectionSummary(row.get(COLLECTION.ID), row.get(COLLECTION.HANDLE),
						row.get(COLLECTION.TITLE), row.get(COLLECTION.DESCRIPTION), row.get(parent.HANDLE)));
	}

	/**
	 * Each product's collections and every one above them. UNION, not UNION ALL: the
	 * admin refuses a cycle, and this would still end on one.
	 */
	private Map<UUID, List<SourceProduct.Trail>> trails(UUID[] ids) {
		var up = COLLECTION.as("up");
		Field<UUID> product = DSL.field(DSL.name("trail", "product_id"), UUID.class);
		Field<UUID> id = DSL.field(DSL.name("trail", "id"), UUID.class);
		Field<String> handle = DSL.field(DSL.name("trail", "handle"), String.class);
		var trail = DSL.name("trail")
			.fields("product_id", "id", "handle", "parent_id")
			.as(DSL.select(COLLECTION_PRODUCT.PRODUCT_ID, COLLECTION.ID, COLLECTION.HANDLE, COLLECTION.PARENT_ID)
				.from(COLLECTION)
				.join(COLLECTION_PRODUCT)
				.on(COLLECTION_PRODUCT.COLLECTION_ID.eq(COLLECTION.ID))
				.where(COLLECTION_PRODUCT.PRODUCT_ID.eq(DSL.any(ids)))
				.union(DSL.select(product, up.ID, up.HANDLE, up.PARENT_ID)
					.from(up)
					.join(DSL.table(DSL.name("trail")))
					.on(up.ID.eq(DSL.field(DSL.name("trail", "parent_id"), UUID.class)))));
		return byProduct(this.dsl.withRecursive(trail)
			.selectDistinct(product, id, handle)
			.from(trail)
			.orderBy(product, handle)
			.fetch(), product, (row) -> new SourceProduct.Trail(row.get(id), row.get(handle)));
	}

	private Map<UUID, List<UUID>> categories(UUID[] ids) {
		return byProduct(this.dsl.select(PRODUCT_CATEGORY.PRODUCT_ID, PRODUCT_CATEGORY.CATEGORY_ID)
			.from(PRODUCT_CATEGORY)
			.where(PRODUCT_CATEGORY.PRODUCT_ID.eq(DSL.any(ids)))
			.orderBy(PRODUCT_CATEGORY.PRODUCT_ID, PRODUCT_CATEGORY.CATEGORY_ID)
			.fetch(), PRODUCT_CATEGORY.PRODUCT_ID, (row) -> row.get(PRODUCT_CATEGORY.CATEGORY_ID));
	}

	private Map<UUID, List<String>> oldHandles(UUID[] ids) {
		return byProduct(this.dsl.select(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID, PRODUCT_HANDLE_REDIRECT.OLD_HANDLE)
			.from(PRODUCT_HANDLE_REDIRECT)
			.where(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID.eq(DSL.any(ids)))
			.orderBy(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID, PRODUCT_HANDLE_REDIRECT.OLD_HANDLE)
			.fetch(), PRODUCT_HANDLE_REDIRECT.PRODUCT_ID, (row) -> row.get(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE));
	}

}
