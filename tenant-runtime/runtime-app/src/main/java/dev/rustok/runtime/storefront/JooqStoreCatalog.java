package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.COLLECTION;
import static dev.rustok.runtime.schema.Tables.COLLECTION_PRODUCT;
import static dev.rustok.runtime.schema.Tables.INVENTORY_LEVEL;
import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_HANDLE_REDIRECT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_IMAGE;
import static dev.rustok.runtime.schema.Tables.PRODUCT_OPTION;
import static dev.rustok.runtime.schema.Tables.PRODUCT_TAG;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/**
 * The read model of products over the catalogue's own tables (V3, V4), through
 * {@link TenantDsl}. Every batch read is one query whatever the number of ids.
 */
@Component("storeCatalogSource")
class JooqStoreCatalog implements StoreCatalog {

	static final String ACTIVE = "active";

	private static final Field<Long> MIN_MINOR = DSL.field(DSL.name("min_minor"), Long.class);

	private static final Field<Long> MAX_MINOR = DSL.field(DSL.name("max_minor"), Long.class);

	private static final Field<Long> COMPARE_AT_MINOR = DSL.field(DSL.name("compare_at_minor"), Long.class);

	private static final Field<Boolean> IN_STOCK = DSL.field(DSL.name("in_stock"), Boolean.class);

	private final Function<Tenant, DSLContext> dsl;

	@Autowired
	JooqStoreCatalog(TenantDsl dsl) {
		this(dsl::of);
	}

	JooqStoreCatalog(Function<Tenant, DSLContext> dsl) {
		this.dsl = dsl;
	}

	@Override
	public Listing list(Tenant tenant, ListingRequest request) {
		List<Map.Entry<UUID, Cursor>> page = new JooqListingQuery(this.dsl.apply(tenant), request).fetch();
		boolean hasMore = page.size() > request.limit();
		List<Map.Entry<UUID, Cursor>> shown = hasMore ? page.subList(0, request.limit()) : page;
		Map<UUID, ProductCard> cards = cards(tenant, shown.stream().map(Map.Entry::getKey).toList(),
				request.filter().currency().orElseThrow());
		List<Listing.Entry> entries = new ArrayList<>();
		for (Map.Entry<UUID, Cursor> row : shown) {
			// a product archived between the two reads is left out; the cursor still
			// holds
			ProductCard card = cards.get(row.getKey());
			if (card != null) {
				entries.add(new Listing.Entry(card, row.getValue()));
			}
		}
		return new Listing(entries, hasMore);
	}

	@Override
	public ProductLookup find(Tenant tenant, String handle) {
		DSLContext dsl = this.dsl.apply(tenant);
		Optional<ProductLookup> found = dsl.select(PRODUCT.ID, PRODUCT.HANDLE, PRODUCT.TITLE, PRODUCT.DESCRIPTION)
			.from(PRODUCT)
			.where(PRODUCT.HANDLE.eq(handle))
			.and(PRODUCT.STATUS.eq(ACTIVE))
			.fetchOptional((row) -> new ProductLookup.Found(row.value1(), row.value2(), row.value3(), row.value4()));
		if (found.isPresent()) {
			return found.get();
		}
		return dsl.select(PRODUCT.HANDLE)
			.from(PRODUCT_HANDLE_REDIRECT)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRODUCT_HANDLE_REDIRECT.PRODUCT_ID))
			.where(PRODUCT_HANDLE_REDIRECT.OLD_HANDLE.eq(handle))
			.and(PRODUCT.STATUS.eq(ACTIVE))
			.and(PRODUCT.HANDLE.ne(handle))
			.fetchOptional((row) -> (ProductLookup) new ProductLookup.Moved(row.value1()))
			.orElseGet(ProductLookup.Missing::new);
	}

	@Override
	public Map<UUID, ProductCard> cards(Tenant tenant, Collection<UUID> productIds, String currency) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		// one statement for the whole page: a price range, the first image and whether
		// any
		// variant is in stock, per product (docs/adr/0062)
		Table<Record3<Long, Long, Long>> prices = DSL
			.lateral(DSL
				.select(DSL.min(VARIANT_PRICE.AMOUNT_MINOR).as(MIN_MINOR),
						DSL.max(VARIANT_PRICE.AMOUNT_MINOR).as(MAX_MINOR),
						DSL.min(VARIANT_PRICE.COMPARE_AT_MINOR).as(COMPARE_AT_MINOR))
				.from(PRODUCT_VARIANT)
				.join(VARIANT_PRICE)
				.on(VARIANT_PRICE.VARIANT_ID.eq(PRODUCT_VARIANT.ID))
				.where(PRODUCT_VARIANT.PRODUCT_ID.eq(PRODUCT.ID))
				.and(VARIANT_PRICE.CURRENCY.eq(currency)))
			.as("prices");
		Table<Record2<String, String>> firstImage = DSL
			.lateral(DSL.select(PRODUCT_IMAGE.URL, PRODUCT_IMAGE.ALT)
				.from(PRODUCT_IMAGE)
				.where(PRODUCT_IMAGE.PRODUCT_ID.eq(PRODUCT.ID))
				.orderBy(PRODUCT_IMAGE.POSITION)
				.limit(1))
			.as("first_image");
		// a lateral "limit 1" rather than "exists": PostgreSQL turns a correlated exists
		// into
		// one hashed scan of every variant and stock level of the shop
		Table<Record1<Boolean>> stock = DSL
			.lateral(DSL.select(DSL.inline(true).as(IN_STOCK))
				.from(PRODUCT_VARIANT)
				.join(INVENTORY_LEVEL)
				.on(INVENTORY_LEVEL.VARIANT_ID.eq(PRODUCT_VARIANT.ID))
				.where(PRODUCT_VARIANT.PRODUCT_ID.eq(PRODUCT.ID))
				.and(INVENTORY_LEVEL.ON_HAND.gt(INVENTORY_LEVEL.RESERVED))
				.limit(1))
			.as("stock");
		Field<Boolean> inStock = stock.field(IN_STOCK);
		Field<String> imageUrl = firstImage.field(PRODUCT_IMAGE.URL);
		Field<String> imageAlt = firstImage.field(PRODUCT_IMAGE.ALT);
		Map<UUID, ProductCard> cards = new LinkedHashMap<>();
		this.dsl.apply(tenant)
			.select(PRODUCT.ID, PRODUCT.HANDLE, PRODUCT.TITLE, PRODUCT.TRACK_INVENTORY, prices.field(MIN_MINOR),
					prices.field(MAX_MINOR), prices.field(COMPARE_AT_MINOR), imageUrl, imageAlt, inStock)
			.from(PRODUCT)
			// an aggregate without group by: always one row, null when nothing is priced
			.crossJoin(prices)
			.leftJoin(firstImage)
			.on(DSL.trueCondition())
			.leftJoin(stock)
			.on(DSL.trueCondition())
			.where(PRODUCT.ID.in(productIds))
			.and(PRODUCT.STATUS.eq(ACTIVE))
			.forEach((row) -> cards.put(row.value1(),
					new ProductCard(row.value1(), row.value2(), row.value3(), money(row.value5(), currency),
							money(row.value6(), currency), money(row.value7(), currency),
							(row.value8() != null) ? new Image(row.value8(), row.value9()) : null,
							!row.value4() || row.value10() != null)));
		return cards;
	}

	private static Money money(Long amountMinor, String currency) {
		return (amountMinor != null) ? new Money(amountMinor, currency) : null;
	}

	@Override
	public Map<UUID, List<ProductOption>> options(Tenant tenant, Collection<UUID> productIds) {
		Map<UUID, List<ProductOption>> options = emptyLists(productIds);
		this.dsl.apply(tenant)
			.select(PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.NAME, PRODUCT_OPTION.OPTION_VALUES)
			.from(PRODUCT_OPTION)
			.where(PRODUCT_OPTION.PRODUCT_ID.in(productIds))
			.orderBy(PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.POSITION)
			.forEach((row) -> options.get(row.value1()).add(new ProductOption(row.value2(), List.of(row.value3()))));
		return options;
	}

	@Override
	public Map<UUID, List<Variant>> variants(Tenant tenant, Collection<UUID> productIds) {
		DSLContext dsl = this.dsl.apply(tenant);
		Map<UUID, List<Price>> prices = new HashMap<>();
		dsl.select(VARIANT_PRICE.VARIANT_ID, VARIANT_PRICE.AMOUNT_MINOR, VARIANT_PRICE.CURRENCY,
				VARIANT_PRICE.COMPARE_AT_MINOR)
			.from(VARIANT_PRICE)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(VARIANT_PRICE.VARIANT_ID))
			.where(PRODUCT_VARIANT.PRODUCT_ID.in(productIds))
			.orderBy(VARIANT_PRICE.VARIANT_ID, VARIANT_PRICE.CURRENCY)
			.forEach((row) -> prices.computeIfAbsent(row.value1(), (id) -> new ArrayList<>())
				.add(new Price(row.value2(), row.value3(), row.value4())));
		Set<UUID> inStock = new HashSet<>(dsl.selectDistinct(INVENTORY_LEVEL.VARIANT_ID)
			.from(INVENTORY_LEVEL)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(INVENTORY_LEVEL.VARIANT_ID))
			.where(PRODUCT_VARIANT.PRODUCT_ID.in(productIds))
			.and(INVENTORY_LEVEL.ON_HAND.gt(INVENTORY_LEVEL.RESERVED))
			.fetch(INVENTORY_LEVEL.VARIANT_ID));
		Map<UUID, List<Variant>> variants = emptyLists(productIds);
		dsl.select(PRODUCT_VARIANT.PRODUCT_ID, PRODUCT_VARIANT.ID, PRODUCT_VARIANT.SKU, PRODUCT_VARIANT.OPTION_VALUES,
				PRODUCT.TRACK_INVENTORY)
			.from(PRODUCT_VARIANT)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRODUCT_VARIANT.PRODUCT_ID))
			.where(PRODUCT_VARIANT.PRODUCT_ID.in(productIds))
			.orderBy(PRODUCT_VARIANT.PRODUCT_ID, PRODUCT_VARIANT.POSITION)
			.forEach((row) -> variants.get(row.value1())
				.add(new Variant(row.value2(), row.value3(), List.of(row.value4()),
						List.copyOf(prices.getOrDefault(row.value2(), List.of())),
						!row.value5() || inStock.contains(row.value2()))));
		return variants;
	}

	@Override
	public Map<UUID, List<Image>> images(Tenant tenant, Collection<UUID> productIds) {
		Map<UUID, List<Image>> images = emptyLists(productIds);
		this.dsl.apply(tenant)
			.select(PRODUCT_IMAGE.PRODUCT_ID, PRODUCT_IMAGE.URL, PRODUCT_IMAGE.ALT)
			.from(PRODUCT_IMAGE)
			.where(PRODUCT_IMAGE.PRODUCT_ID.in(productIds))
			.orderBy(PRODUCT_IMAGE.PRODUCT_ID, PRODUCT_IMAGE.POSITION)
			.forEach((row) -> images.get(row.value1()).add(new Image(row.value2(), row.value3())));
		return images;
	}

	@Override
	public Map<UUID, List<String>> tags(Tenant tenant, Collection<UUID> productIds) {
		Map<UUID, List<String>> tags = emptyLists(productIds);
		this.dsl.apply(tenant)
			.select(PRODUCT_TAG.PRODUCT_ID, PRODUCT_TAG.TAG)
			.from(PRODUCT_TAG)
			.where(PRODUCT_TAG.PRODUCT_ID.in(productIds))
			.orderBy(PRODUCT_TAG.PRODUCT_ID, PRODUCT_TAG.TAG)
			.forEach((row) -> tags.get(row.value1()).add(row.value2()));
		return tags;
	}

	@Override
	public Map<UUID, List<CollectionSummary>> collectionsOf(Tenant tenant, Collection<UUID> productIds) {
		Map<UUID, List<CollectionSummary>> collections = emptyLists(productIds);
		var parent = COLLECTION.as("parent");
		this.dsl.apply(tenant)
			.select(COLLECTION_PRODUCT.PRODUCT_ID, COLLECTION.ID, COLLECTION.HANDLE, COLLECTION.TITLE,
					COLLECTION.DESCRIPTION, parent.HANDLE)
			.from(COLLECTION_PRODUCT)
			.join(COLLECTION)
			.on(COLLECTION.ID.eq(COLLECTION_PRODUCT.COLLECTION_ID))
			.leftJoin(parent)
			.on(parent.ID.eq(COLLECTION.PARENT_ID))
			.where(COLLECTION_PRODUCT.PRODUCT_ID.in(productIds))
			.orderBy(COLLECTION_PRODUCT.PRODUCT_ID, COLLECTION.TITLE, COLLECTION.HANDLE)
			.forEach((row) -> collections.get(row.value1())
				.add(new CollectionSummary(row.value2(), row.value3(), row.value4(), row.value5(), row.value6())));
		return collections;
	}

	@Override
	public Map<UUID, String> descriptions(Tenant tenant, Collection<UUID> productIds) {
		Map<UUID, String> descriptions = new HashMap<>();
		this.dsl.apply(tenant)
			.select(PRODUCT.ID, PRODUCT.DESCRIPTION)
			.from(PRODUCT)
			.where(PRODUCT.ID.in(productIds))
			.forEach((row) -> descriptions.put(row.value1(), row.value2()));
		return descriptions;
	}

	private static <T> Map<UUID, List<T>> emptyLists(Collection<UUID> productIds) {
		Map<UUID, List<T>> lists = new LinkedHashMap<>();
		productIds.forEach((id) -> lists.put(id, new ArrayList<>()));
		return lists;
	}

}
