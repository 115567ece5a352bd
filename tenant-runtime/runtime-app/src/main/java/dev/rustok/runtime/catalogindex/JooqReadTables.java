package dev.rustok.runtime.catalogindex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.rustok.runtime.storefront.Price;
import dev.rustok.runtime.storefront.ProductOption;
import dev.rustok.runtime.storefront.PublicProduct;
import dev.rustok.runtime.storefront.SearchConfig;
import dev.rustok.runtime.storefront.Variant;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import tools.jackson.databind.json.JsonMapper;

import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.READ_HANDLE_REDIRECT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT_PRICE;
import static dev.rustok.runtime.schema.Tables.STORE_SETTINGS;

/**
 * Writes and removes product documents in the read tables of V9, in the caller's
 * transaction.
 */
final class JooqReadTables {

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

	// a tsvector, which jOOQ does not know: typed as text only to write it
	private static final Field<String> SEARCH = DSL.field(DSL.name("search"), String.class);

	// the moment of the rebuild, not of its transaction's start: what the lag figures
	// read
	private static final Field<java.time.OffsetDateTime> NOW = DSL.field("clock_timestamp()",
			java.time.OffsetDateTime.class);

	private final DSLContext dsl;

	JooqReadTables(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The text search configuration of the shop's language. */
	String searchConfig() {
		return SearchConfig
			.of(this.dsl.select(STORE_SETTINGS.LANGUAGE).from(STORE_SETTINGS).fetchOne(STORE_SETTINGS.LANGUAGE));
	}

	/** Products whose document names the collection (directly or as an ancestor). */
	List<UUID> productsNaming(UUID collectionId) {
		return this.dsl.select(READ_PRODUCT.PRODUCT_ID)
			.from(READ_PRODUCT)
			.where(DSL.condition("{0} @> {1}::jsonb", READ_PRODUCT.FACETS,
					DSL.val(JSON_MAPPER.writeValueAsString(Map.of("collectionIds", List.of(collectionId.toString()))))))
			.fetch(READ_PRODUCT.PRODUCT_ID);
	}

	/** Documents whose product no longer exists, the first {@code limit}. */
	List<UUID> orphans(int limit) {
		return this.dsl.select(READ_PRODUCT.PRODUCT_ID)
			.from(READ_PRODUCT)
			.whereNotExists(DSL.selectOne().from(PRODUCT).where(PRODUCT.ID.eq(READ_PRODUCT.PRODUCT_ID)))
			.orderBy(READ_PRODUCT.PRODUCT_ID)
			.limit(limit)
			.fetch(READ_PRODUCT.PRODUCT_ID);
	}

	/**
	 * Whether the product's document exists and shows the variant as {@code available}
	 * says, evaluated in the same statement (false when it is null).
	 */
	boolean documentSays(UUID productId, UUID variantId, Field<Boolean> available) {
		return this.dsl.fetchExists(DSL.selectOne()
			.from(READ_PRODUCT)
			.where(READ_PRODUCT.PRODUCT_ID.eq(productId))
			.and(DSL.condition(
					"{0} -> 'variants' @> jsonb_build_array(jsonb_build_object('id', {1}::text, 'available', {2}))",
					READ_PRODUCT.DOCUMENT, DSL.val(variantId.toString()), available)));
	}

	void remove(UUID productId) {
		this.dsl.deleteFrom(READ_PRODUCT).where(READ_PRODUCT.PRODUCT_ID.eq(productId)).execute();
	}

	void write(SourceProduct product, String config) {
		PublicProduct document = new PublicProduct(product.id(), product.handle(), product.title(),
				product.description(), product.options(), product.variants(), product.images(), product.tags(),
				product.collections(), product.variants().stream().anyMatch(Variant::available));
		// the write model gave this handle to this product: another document still
		// holding
		// it is stale, and its own pending event rebuilds it under its new handle
		this.dsl.deleteFrom(READ_PRODUCT)
			.where(READ_PRODUCT.HANDLE.eq(product.handle()))
			.and(READ_PRODUCT.PRODUCT_ID.ne(product.id()))
			.execute();
		var image = product.images().isEmpty() ? null : product.images().getFirst();
		JSON json = JSON.valueOf(JSON_MAPPER.writeValueAsString(document));
		JSON facets = JSON.valueOf(JSON_MAPPER.writeValueAsString(facets(product)));
		Field<String> search = searchVector(product, config);
		this.dsl.insertInto(READ_PRODUCT)
			.set(READ_PRODUCT.PRODUCT_ID, product.id())
			.set(READ_PRODUCT.HANDLE, product.handle())
			.set(READ_PRODUCT.TITLE, product.title())
			.set(READ_PRODUCT.TITLE_KEY, DSL.lower(DSL.val(product.title())))
			.set(READ_PRODUCT.CREATED_AT, product.createdAt())
			.set(READ_PRODUCT.AVAILABLE, product.available())
			.set(READ_PRODUCT.IMAGE_URL, (image != null) ? image.url() : null)
			.set(READ_PRODUCT.IMAGE_ALT, (image != null) ? image.alt() : null)
			.set(READ_PRODUCT.DOCUMENT, json)
			.set(READ_PRODUCT.FACETS, facets)
			.set(READ_PRODUCT.SEARCH_CONFIG, config)
			.set(SEARCH, search)
			.set(READ_PRODUCT.INDEXED_AT, NOW)
			.onConflict(READ_PRODUCT.PRODUCT_ID)
			.doUpdate()
			.set(READ_PRODUCT.HANDLE, product.handle())
			.set(READ_PRODUCT.TITLE, product.title())
			.set(READ_PRODUCT.TITLE_KEY, DSL.lower(DSL.val(product.title())))
			.set(READ_PRODUCT.CREATED_AT, product.createdAt())
			.set(READ_PRODUCT.AVAILABLE, product.available())
			.set(READ_PRODUCT.IMAGE_URL, (image != null) ? image.url() : null)
			.set(READ_PRODUCT.IMAGE_ALT, (image != null) ? image.alt() : null)
			.set(READ_PRODUCT.DOCUMENT, json)
			.set(READ_PRODUCT.FACETS, facets)
			.set(READ_PRODUCT.SEARCH_CONFIG, config)
			.set(SEARCH, search)
			.set(READ_PRODUCT.INDEXED_AT, NOW)
			.execute();
		writePrices(product);
		writeRedirects(product);
	}

	private void writePrices(SourceProduct product) {
		this.dsl.deleteFrom(READ_PRODUCT_PRICE).where(READ_PRODUCT_PRICE.PRODUCT_ID.eq(product.id())).execute();
		Map<String, List<Price>> byCurrency = new TreeMap<>();
		product.variants()
			.forEach((variant) -> variant.prices()
				.forEach((price) -> byCurrency.computeIfAbsent(price.currency(), (c) -> new ArrayList<>()).add(price)));
		var insert = this.dsl.insertInto(READ_PRODUCT_PRICE, READ_PRODUCT_PRICE.PRODUCT_ID, READ_PRODUCT_PRICE.CURRENCY,
				READ_PRODUCT_PRICE.MIN_MINOR, READ_PRODUCT_PRICE.MAX_MINOR, READ_PRODUCT_PRICE.COMPARE_AT_MIN_MINOR,
				READ_PRODUCT_PRICE.AMOUNTS);
		byCurrency.forEach((currency, prices) -> {
			Long[] amounts = prices.stream().map(Price::amountMinor).sorted().distinct().toArray(Long[]::new);
			Long compareAt = prices.stream()
				.map(Price::compareAtMinor)
				.filter(java.util.Objects::nonNull)
				.min(Long::compare)
				.orElse(null);
			insert.values(product.id(), currency, amounts[0], amounts[amounts.length - 1], compareAt, amounts);
		});
		if (!byCurrency.isEmpty()) {
			insert.execute();
		}
	}

	private void writeRedirects(SourceProduct product) {
		List<String> old = product.oldHandles().stream().filter((handle) -> !handle.equals(product.handle())).toList();
		// a handle now current (this product's) or now another's old one is no longer a
		// redirect of another product, even before that product's own event arrives
		List<String> claimed = new ArrayList<>(old);
		claimed.add(product.handle());
		this.dsl.deleteFrom(READ_HANDLE_REDIRECT)
			.where(READ_HANDLE_REDIRECT.PRODUCT_ID.eq(product.id()).or(READ_HANDLE_REDIRECT.OLD_HANDLE.in(claimed)))
			.execute();
		if (!old.isEmpty()) {
			var insert = this.dsl.insertInto(READ_HANDLE_REDIRECT, READ_HANDLE_REDIRECT.OLD_HANDLE,
					READ_HANDLE_REDIRECT.PRODUCT_ID);
			old.forEach((handle) -> insert.values(handle, product.id()));
			insert.execute();
		}
	}

	/** Title A, tags B, description C (docs/adr/0065). */
	private static Field<String> searchVector(SourceProduct product, String config) {
		return DSL.field(
				"setweight(to_tsvector({0}::regconfig, {1}), 'A') || setweight(to_tsvector({0}::regconfig, {2}), 'B') "
						+ "|| setweight(to_tsvector({0}::regconfig, {3}), 'C')",
				String.class, DSL.val(config), DSL.val(product.title()), DSL.val(String.join(" ", product.tags())),
				DSL.val((product.description() != null) ? product.description() : ""));
	}

	static Map<String, Object> facets(SourceProduct product) {
		Map<String, Object> facets = new LinkedHashMap<>();
		facets.put("tags", product.tags());
		facets.put("collections", product.collectionTrail().stream().map(SourceProduct.Trail::handle).toList());
		facets.put("collectionIds", product.collectionTrail().stream().map((trail) -> trail.id().toString()).toList());
		facets.put("categories", product.categories().stream().map(UUID::toString).toList());
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (ProductOption option : product.options()) {
			options.put(option.name(), option.values());
		}
		facets.put("options", options);
		return facets;
	}

}
