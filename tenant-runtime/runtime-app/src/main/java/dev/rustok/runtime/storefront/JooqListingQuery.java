package dev.rustok.runtime.storefront;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.schema.tables.Category;
import dev.rustok.runtime.schema.tables.Collection;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static dev.rustok.runtime.schema.Tables.CATEGORY;
import static dev.rustok.runtime.schema.Tables.COLLECTION;
import static dev.rustok.runtime.schema.Tables.COLLECTION_PRODUCT;
import static dev.rustok.runtime.schema.Tables.INVENTORY_LEVEL;
import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_CATEGORY;
import static dev.rustok.runtime.schema.Tables.PRODUCT_TAG;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/**
 * One keyset page of active products: filters as {@code exists} sub-queries, the sort key
 * and id compared as a row with the cursor, {@code limit + 1} rows to learn whether more
 * follow. Newest and title are served by the partial indexes of V3; the price sorts rank
 * each product by its cheapest variant in the currency, which only a denormalized read
 * table can index (issue 13, docs/adr/0037).
 */
final class JooqListingQuery {

	private static final Field<Long> PRICE_MIN = DSL.field(DSL.name("price_min"), Long.class);

	private static final Field<UUID> PRICED_PRODUCT = DSL.field(DSL.name("priced", "product_id"), UUID.class);

	private final DSLContext dsl;

	private final ListingRequest request;

	private final String currency;

	JooqListingQuery(DSLContext dsl, ListingRequest request) {
		this.dsl = dsl;
		this.request = request;
		this.currency = request.filter().currency().orElseThrow();
	}

	/**
	 * Product ids of the page in order, with their cursors; one more when more follow.
	 */
	List<Map.Entry<UUID, Cursor>> fetch() {
		ProductSort sort = this.request.sort();
		List<Map.Entry<UUID, Cursor>> page = new ArrayList<>();
		for (Record2<UUID, ?> row : query().fetch()) {
			String key = (row.value2() instanceof OffsetDateTime created) ? String.valueOf(micros(created))
					: String.valueOf(row.value2());
			page.add(Map.entry(row.value1(), new Cursor(sort, key, row.value1())));
		}
		return page;
	}

	/** The page's query: product ids and their sort keys, {@code limit + 1} rows. */
	ResultQuery<? extends Record2<UUID, ?>> query() {
		Condition where = filters();
		int rows = this.request.limit() + 1;
		return switch (this.request.sort()) {
			case NEWEST -> {
				Condition after = this.request.after()
					.map((cursor) -> DSL.row(PRODUCT.CREATED_AT, PRODUCT.ID)
						.lt(timestamp(cursor.numericKey()), cursor.id()))
					.orElse(DSL.noCondition());
				yield this.dsl.select(PRODUCT.ID, PRODUCT.CREATED_AT)
					.from(PRODUCT)
					.where(where.and(after))
					.orderBy(PRODUCT.CREATED_AT.desc(), PRODUCT.ID.desc())
					.limit(rows);
			}
			case TITLE -> {
				Field<String> title = DSL.lower(PRODUCT.TITLE);
				Condition after = this.request.after()
					.map((cursor) -> DSL.row(title, PRODUCT.ID).gt(cursor.key(), cursor.id()))
					.orElse(DSL.noCondition());
				yield this.dsl.select(PRODUCT.ID, title)
					.from(PRODUCT)
					.where(where.and(after))
					.orderBy(title.asc(), PRODUCT.ID.asc())
					.limit(rows);
			}
			case PRICE_ASC, PRICE_DESC -> byPrice(where, rows);
		};
	}

	private ResultQuery<Record2<UUID, Long>> byPrice(Condition where, int rows) {
		boolean ascending = this.request.sort() == ProductSort.PRICE_ASC;
		Table<Record2<UUID, Long>> priced = this.dsl
			.select(PRODUCT_VARIANT.PRODUCT_ID, DSL.min(VARIANT_PRICE.AMOUNT_MINOR).as(PRICE_MIN))
			.from(PRODUCT_VARIANT)
			.join(VARIANT_PRICE)
			.on(VARIANT_PRICE.VARIANT_ID.eq(PRODUCT_VARIANT.ID))
			.where(VARIANT_PRICE.CURRENCY.eq(this.currency))
			.groupBy(PRODUCT_VARIANT.PRODUCT_ID)
			.asTable("priced");
		Field<Long> priceMin = priced.field(PRICE_MIN);
		Condition after = this.request.after()
			.map((cursor) -> ascending ? DSL.row(priceMin, PRODUCT.ID).gt(cursor.numericKey(), cursor.id())
					: DSL.row(priceMin, PRODUCT.ID).lt(cursor.numericKey(), cursor.id()))
			.orElse(DSL.noCondition());
		var select = this.dsl.select(PRODUCT.ID, priceMin)
			.from(PRODUCT)
			.join(priced)
			.on(PRICED_PRODUCT.eq(PRODUCT.ID))
			.where(where.and(after));
		return (ascending ? select.orderBy(priceMin.asc(), PRODUCT.ID.asc())
				: select.orderBy(priceMin.desc(), PRODUCT.ID.desc()))
			.limit(rows);
	}

	private Condition filters() {
		ProductFilter filter = this.request.filter();
		Condition where = PRODUCT.STATUS.eq("active");
		if (filter.collection().isPresent()) {
			List<UUID> collections = collectionAndDescendants(filter.collection().get());
			where = where.and(collections.isEmpty() ? DSL.falseCondition()
					: DSL.exists(DSL.selectOne()
						.from(COLLECTION_PRODUCT)
						.where(COLLECTION_PRODUCT.PRODUCT_ID.eq(PRODUCT.ID))
						.and(COLLECTION_PRODUCT.COLLECTION_ID.in(collections))));
		}
		if (filter.category().isPresent()) {
			List<UUID> categories = categoryAndDescendants(filter.category().get());
			where = where.and(categories.isEmpty() ? DSL.falseCondition()
					: DSL.exists(DSL.selectOne()
						.from(PRODUCT_CATEGORY)
						.where(PRODUCT_CATEGORY.PRODUCT_ID.eq(PRODUCT.ID))
						.and(PRODUCT_CATEGORY.CATEGORY_ID.in(categories))));
		}
		if (filter.tag().isPresent()) {
			where = where.and(DSL.exists(DSL.selectOne()
				.from(PRODUCT_TAG)
				.where(PRODUCT_TAG.PRODUCT_ID.eq(PRODUCT.ID))
				.and(PRODUCT_TAG.TAG.eq(filter.tag().get()))));
		}
		if (filter.byPrice()) {
			Condition inRange = VARIANT_PRICE.CURRENCY.eq(this.currency);
			if (filter.minPrice().isPresent()) {
				inRange = inRange.and(VARIANT_PRICE.AMOUNT_MINOR.ge(filter.minPrice().get()));
			}
			if (filter.maxPrice().isPresent()) {
				inRange = inRange.and(VARIANT_PRICE.AMOUNT_MINOR.le(filter.maxPrice().get()));
			}
			where = where.and(DSL.exists(DSL.selectOne()
				.from(PRODUCT_VARIANT)
				.join(VARIANT_PRICE)
				.on(VARIANT_PRICE.VARIANT_ID.eq(PRODUCT_VARIANT.ID))
				.where(PRODUCT_VARIANT.PRODUCT_ID.eq(PRODUCT.ID))
				.and(inRange)));
		}
		if (filter.inStock()) {
			where = where.and(PRODUCT.TRACK_INVENTORY.isFalse()
				.or(DSL.exists(DSL.selectOne()
					.from(PRODUCT_VARIANT)
					.join(INVENTORY_LEVEL)
					.on(INVENTORY_LEVEL.VARIANT_ID.eq(PRODUCT_VARIANT.ID))
					.where(PRODUCT_VARIANT.PRODUCT_ID.eq(PRODUCT.ID))
					.and(INVENTORY_LEVEL.ON_HAND.gt(INVENTORY_LEVEL.RESERVED)))));
		}
		if (filter.text().isPresent()) {
			String text = filter.text().get();
			where = where.and(PRODUCT.TITLE.containsIgnoreCase(text)
				.or(DSL.exists(DSL.selectOne()
					.from(PRODUCT_TAG)
					.where(PRODUCT_TAG.PRODUCT_ID.eq(PRODUCT.ID))
					.and(PRODUCT_TAG.TAG.containsIgnoreCase(text)))));
		}
		return where;
	}

	private List<UUID> categoryAndDescendants(String handle) {
		Category child = CATEGORY.as("child");
		CommonTableExpression<Record1<UUID>> tree = DSL.name("tree")
			.fields("id")
			.as(DSL.select(CATEGORY.ID)
				.from(CATEGORY)
				.where(CATEGORY.HANDLE.eq(handle))
				.unionAll(DSL.select(child.ID)
					.from(child)
					.join(DSL.table(DSL.name("tree")))
					.on(child.PARENT_ID.eq(DSL.field(DSL.name("tree", "id"), UUID.class)))));
		return this.dsl.withRecursive(tree).select(tree.field(0, UUID.class)).from(tree).fetchInto(UUID.class);
	}

	/**
	 * A collection shows the products of its sub-collections too. UNION, not UNION ALL:
	 * the admin refuses a cycle, and this would still end on one.
	 */
	private List<UUID> collectionAndDescendants(String handle) {
		Collection child = COLLECTION.as("child");
		CommonTableExpression<Record1<UUID>> tree = DSL.name("tree")
			.fields("id")
			.as(DSL.select(COLLECTION.ID)
				.from(COLLECTION)
				.where(COLLECTION.HANDLE.eq(handle))
				.union(DSL.select(child.ID)
					.from(child)
					.join(DSL.table(DSL.name("tree")))
					.on(child.PARENT_ID.eq(DSL.field(DSL.name("tree", "id"), UUID.class)))));
		return this.dsl.withRecursive(tree).select(tree.field(0, UUID.class)).from(tree).fetchInto(UUID.class);
	}

	static long micros(OffsetDateTime time) {
		Instant instant = time.toInstant();
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

	static OffsetDateTime timestamp(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L)
			.atOffset(ZoneOffset.UTC);
	}

}
