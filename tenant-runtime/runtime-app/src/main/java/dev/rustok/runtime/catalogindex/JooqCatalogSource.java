package dev.rustok.runtime.catalogindex;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads one product from the catalogue's and inventory's tables (V3, V4): the only place
 * the read side touches the write model. A handful of small indexed queries per product.
 */
final class JooqCatalogSource {

	private final DSLContext dsl;

	JooqCatalogSource(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The product if it is active; empty for a draft, an archived or a deleted one. */
	Optional<SourceProduct> activeProduct(UUID id) {
		var head = this.dsl
			.select(PRODUCT.HANDLE, PRODUCT.TITLE, PRODUCT.DESCRIPTION, PRODUCT.TRACK_INVENTORY, PRODUCT.CREATED_AT)
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(id))
			.and(PRODUCT.STATUS.eq("active"))
			.fetchOne();
		if (head == null) {
			return Optional.empty();
		}
		boolean tracked = head.value4();
		OffsetDateTime created = head.value5();
		return Optional.of(new SourceProduct(id, head.value1(), head.value2(), head.value3(), tracked, created,
				options(id), variants(id, tracked), images(id), tags(id), collections(id), trail(id), categories(id),
				oldHandles(id)));
	}

	/** The product a variant belongs to, if the variant still exists. */
	Optional<UUID> productOfVariant(UUID variantId) {
		return this.dsl.select(PRODUCT_VARIANT.PRODUCT_ID)
			.from(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.ID.eq(variantId))
			.fetchOptional(PRODUCT_VARIANT.PRODUCT_ID);
	}

	/**
	 * The product a variant belongs to, with {@code also} of the product id evaluated on
	 * its row in the same statement (the product's lock).
	 */
	Optional<UUID> productOfVariant(UUID variantId, Function<Field<UUID>, Field<?>> also) {
		return this.dsl.select(PRODUCT_VARIANT.PRODUCT_ID, also.apply(PRODUCT_VARIANT.PRODUCT_ID))
			.from(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.ID.eq(variantId))
			.fetchOptional(PRODUCT_VARIANT.PRODUCT_ID);
	}

	/**
	 * Whether the variant is available as its product's document would say: its product
	 * does not track stock, or some location has more on hand than reserved.
	 */
	Field<Boolean> variantAvailable(UUID productId, UUID variantId) {
		// a scalar subquery, for a statement that compares it with the document
		return DSL.field(DSL
			.select(DSL.field(PRODUCT.TRACK_INVENTORY.isFalse()
				.or(DSL.exists(DSL.selectOne()
					.from(INVENTORY_LEVEL)
					.where(INVENTORY_LEVEL.VARIANT_ID.eq(variantId))
					.and(INVENTORY_LEVEL.ON_HAND.gt(INVENTORY_LEVEL.RESERVED))))))
			.from(PRODUCT)
			.where(PRODUCT.ID.eq(productId)));
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

	private List<ProductOption> options(UUID id) {
		return this.dsl.select(PRODUCT_OPTION.NAME, PRODUCT_OPTION.OPTION_VALUES)
			.from(PRODUCT_OPTION)
			.where(PRODUCT_OPTION.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_OPTION.POSITION)
			.fetch((row) -> new ProductOption(row.value1(), List.of(row.value2())));
	}

	private List<Variant> variants(UUID id, boolean tracked) {
		Map<UUID, List<Price>> prices = new HashMap<>();
		this.dsl
			.select(VARIANT_PRICE.VARIANT_ID, VARIANT_PRICE.AMOUNT_MINOR, VARIANT_PRICE.CURRENCY,
					VARIANT_PRICE.COMPARE_AT_MINOR)
			.from(VARIANT_PRICE)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(VARIANT_PRICE.VARIANT_ID))
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(id))
			.orderBy(VARIANT_PRICE.VARIANT_ID, VARIANT_PRICE.CURRENCY)
			.forEach((row) -> prices.computeIfAbsent(row.value1(), (variant) -> new ArrayList<>())
				.add(new Price(row.value2(), row.value3(), row.value4())));
		Set<UUID> inStock = new HashSet<>(this.dsl.selectDistinct(INVENTORY_LEVEL.VARIANT_ID)
			.from(INVENTORY_LEVEL)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(INVENTORY_LEVEL.VARIANT_ID))
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(id))
			.and(INVENTORY_LEVEL.ON_HAND.gt(INVENTORY_LEVEL.RESERVED))
			.fetch(INVENTORY_LEVEL.VARIANT_ID));
		return this.dsl.select(PRODUCT_VARIANT.ID, PRODUCT_VARIANT.SKU, PRODUCT_VARIANT.OPTION_VALUES)
			.from(PRODUCT_VARIANT)
			.where(PRODUCT_VARIANT.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_VARIANT.POSITION)
			.fetch((row) -> new Variant(row.value1(), row.value2(), List.of(row.value3()),
					List.copyOf(prices.getOrDefault(row.value1(), List.of())),
					!tracked || inStock.contains(row.value1())));
	}

	private List<Image> images(UUID id) {
		return this.dsl.select(PRODUCT_IMAGE.URL, PRODUCT_IMAGE.ALT)
			.from(PRODUCT_IMAGE)
			.where(PRODUCT_IMAGE.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_IMAGE.POSITION)
			.fetch((row) -> new Image(row.value1(), row.value2()));
	}

	private List<String> tags(UUID id) {
		return this.dsl.select(PRODUCT_TAG.TAG)
			.from(PRODUCT_TAG)
			.where(PRODUCT_TAG.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_TAG.TAG)
			.fetch(PRODUCT_TAG.TAG);
	}

	private List<CollectionSummary> collections(UUID id) {
		var parent = COLLECTION.as("parent");
		return this.dsl
			.select(COLLECTION.ID, COLLECTION.HANDLE, COLLECTION.TITLE, COLLECTION.DESCRIPTION, parent.HANDLE)
			.from(COLLECTION_PRODUCT)
			.join(COLLECTION)
			.on(COLLECTION.ID.eq(COLLECTION_PRODUCT.COLLECTION_ID))
			.leftJoin(parent)
			.on(parent.ID.eq(COLLECTION.PARENT_ID))
			.where(COLLECTION_PRODUCT.PRODUCT_ID.eq(id))
			.orderBy(COLLECTION.TITLE, COLLECTION.HANDLE)
			.fetch((row) -> new CollectionSummary(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	/**
	 * The product's collections and every one above them. UNION, not UNION ALL: the admin
	 * refuses a cycle, and this would still end on one.
	 */
	private List<SourceProduct.Trail> trail(UUID id) {
		var up = COLLECTION.as("up");
		var trail = DSL.name("trail")
			.fields("id", "handle", "parent_id")
			.as(DSL.select(COLLECTION.ID, COLLECTION.HANDLE, COLLECTION.PARENT_ID)
				.from(COLLECTION)
				.join(COLLECTION_PRODUCT)
				.on(COLLECTION_PRODUCT.COLLECTION_ID.eq(COLLECTION.ID))
				.where(COLLECTION_PRODUCT.PRODUCT_ID.eq(id))
				.union(DSL.select(up.ID, up.HANDLE, up.PARENT_ID)
					.from(up)
					.join(DSL.table(DSL.name("trail")))
					.on(up.ID.eq(DSL.field(DSL.name("trail", "parent_id"), UUID.class)))));
		return this.dsl.withRecursive(trail)
			.selectDistinct(trail.field(0, UUID.class), trail.field(1, String.class))
			.from(trail)
			.orderBy(trail.field(1, String.class))
			.fetch((row) -> new SourceProduct.Trail(row.value1(), row.value2()));
	}

	private List<UUID> categories(UUID id) {
		return this.dsl.select(PRODUCT_CATEGORY.CATEGORY_ID)
			.from(PRODUCT_CATEGORY)
			.where(PRODUCT_CATEGORY.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_CATEGORY.CATEGORY_ID)
			.fetch(PRODUCT_CATEGORY.CATEGORY_ID);
	}

	private List<String> oldHandles(UUID id) {
		return this.dsl.select(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE)
			.from(PRODUCT_HANDLE_REDIRECT)
			.where(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID.eq(id))
			.orderBy(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE)
			.fetch(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE);
	}

}
