package dev.rustok.runtime.catalogindex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

import static dev.rustok.runtime.schema.Tables.INVENTORY_LEVEL;
import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.READ_HANDLE_REDIRECT;
import static dev.rustok.runtime.schema.Tables.READ_LEXEME;
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
	 * The products of these variants whose document does not show the variant as
	 * available as its stock says (its product tracks no stock, or some location has more
	 * on hand than reserved), or that have no document: one statement for a batch's stock
	 * moves.
	 */
	Set<UUID> documentsBehindStock(Collection<UUID> variantIds) {
		Field<Boolean> available = DSL.field(PRODUCT.TRACK_INVENTORY.isFalse()
			.or(DSL.exists(DSL.selectOne()
				.from(INVENTORY_LEVEL)
				.where(INVENTORY_LEVEL.VARIANT_ID.eq(PRODUCT_VARIANT.ID))
				.and(INVENTORY_LEVEL.ON_HAND.gt(INVENTORY_LEVEL.RESERVED)))));
		return new HashSet<>(this.dsl.selectDistinct(PRODUCT_VARIANT.PRODUCT_ID)
			.from(PRODUCT_VARIANT)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRODUCT_VARIANT.PRODUCT_ID))
			.where(PRODUCT_VARIANT.ID.eq(DSL.any(variantIds.toArray(UUID[]::new))))
			.andNotExists(DSL.selectOne()
				.from(READ_PRODUCT)
				.where(READ_PRODUCT.PRODUCT_ID.eq(PRODUCT_VARIANT.PRODUCT_ID))
				.and(DSL.condition(
						"{0} -> 'variants' @> jsonb_build_array(jsonb_build_object('id', {1}::text, 'available', {2}))",
						READ_PRODUCT.DOCUMENT, PRODUCT_VARIANT.ID, available)))
			.fetch(PRODUCT_VARIANT.PRODUCT_ID));
	}

	/** Removes these products' documents, their prices and redirects with them. */
	void remove(Collection<UUID> productIds) {
		if (!productIds.isEmpty()) {
			this.dsl.deleteFrom(READ_PRODUCT)
				.where(READ_PRODUCT.PRODUCT_ID.eq(DSL.any(productIds.toArray(UUID[]::new))))
				.execute();
		}
	}

	/**
	 * Writes these products' documents, prices and redirects: a statement per table for
	 * all of them (docs/adr/0117), with the same outcome as writing them one after the
	 * other in id order. {@code withdrawn} are the handles of products whose documents
	 * were removed (not active): redirects of other products naming them are dropped.
	 */
	void write(List<SourceProduct> products, Map<UUID, List<String>> withdrawn, String config) {
		if (products.isEmpty()) {
			writeRedirects(products, withdrawn);
			return;
		}
		List<SourceProduct> inOrder = products.stream().sorted(Comparator.comparing(SourceProduct::id)).toList();
		UUID[] ids = inOrder.stream().map(SourceProduct::id).toArray(UUID[]::new);
		// the write model gave each handle to its product: another document still holding
		// it is stale, and its own pending event rebuilds it under its new handle
		this.dsl.deleteFrom(READ_PRODUCT)
			.using(DSL
				.table("unnest({0}::uuid[], {1}::text[])", DSL.val(ids),
						DSL.val(inOrder.stream().map(SourceProduct::handle).toArray(String[]::new)))
				.as("claimed", "product_id", "handle"))
			.where(READ_PRODUCT.HANDLE.eq(DSL.field(DSL.name("claimed", "handle"), String.class)))
			.and(READ_PRODUCT.PRODUCT_ID.ne(DSL.field(DSL.name("claimed", "product_id"), UUID.class)))
			.execute();
		var insert = this.dsl.insertInto(READ_PRODUCT, READ_PRODUCT.PRODUCT_ID, READ_PRODUCT.HANDLE, READ_PRODUCT.TITLE,
				READ_PRODUCT.TITLE_KEY, READ_PRODUCT.CREATED_AT, READ_PRODUCT.AVAILABLE, READ_PRODUCT.IMAGE_URL,
				READ_PRODUCT.IMAGE_ALT, READ_PRODUCT.DOCUMENT, READ_PRODUCT.FACETS, READ_PRODUCT.SEARCH_CONFIG, SEARCH,
				READ_PRODUCT.INDEXED_AT);
		for (SourceProduct product : inOrder) {
			PublicProduct document = new PublicProduct(product.id(), product.handle(), product.title(),
					product.description(), product.options(), product.variants(), product.images(), product.tags(),
					product.collections(), product.variants().stream().anyMatch(Variant::available));
			var image = product.images().isEmpty() ? null : product.images().getFirst();
			insert = insert.values(DSL.val(product.id(), READ_PRODUCT.PRODUCT_ID),
					DSL.val(product.handle(), READ_PRODUCT.HANDLE), DSL.val(product.title(), READ_PRODUCT.TITLE),
					DSL.lower(DSL.val(product.title(), READ_PRODUCT.TITLE)),
					DSL.val(product.createdAt(), READ_PRODUCT.CREATED_AT),
					DSL.val(product.available(), READ_PRODUCT.AVAILABLE),
					DSL.val((image != null) ? image.url() : null, READ_PRODUCT.IMAGE_URL),
					DSL.val((image != null) ? image.alt() : null, READ_PRODUCT.IMAGE_ALT),
					DSL.val(JSON.valueOf(JSON_MAPPER.writeValueAsString(document)), READ_PRODUCT.DOCUMENT),
					DSL.val(JSON.valueOf(JSON_MAPPER.writeValueAsString(facets(product))), READ_PRODUCT.FACETS),
					DSL.val(config, READ_PRODUCT.SEARCH_CONFIG), searchVector(product, config), NOW);
		}
		var upsert = insert.onConflict(READ_PRODUCT.PRODUCT_ID)
			.doUpdate()
			.set(READ_PRODUCT.HANDLE, DSL.excluded(READ_PRODUCT.HANDLE))
			.set(READ_PRODUCT.TITLE, DSL.excluded(READ_PRODUCT.TITLE))
			.set(READ_PRODUCT.TITLE_KEY, DSL.excluded(READ_PRODUCT.TITLE_KEY))
			.set(READ_PRODUCT.CREATED_AT, DSL.excluded(READ_PRODUCT.CREATED_AT))
			.set(READ_PRODUCT.AVAILABLE, DSL.excluded(READ_PRODUCT.AVAILABLE))
			.set(READ_PRODUCT.IMAGE_URL, DSL.excluded(READ_PRODUCT.IMAGE_URL))
			.set(READ_PRODUCT.IMAGE_ALT, DSL.excluded(READ_PRODUCT.IMAGE_ALT))
			.set(READ_PRODUCT.DOCUMENT, DSL.excluded(READ_PRODUCT.DOCUMENT))
			.set(READ_PRODUCT.FACETS, DSL.excluded(READ_PRODUCT.FACETS))
			.set(READ_PRODUCT.SEARCH_CONFIG, DSL.excluded(READ_PRODUCT.SEARCH_CONFIG))
			.set(SEARCH, DSL.excluded(SEARCH))
			.set(READ_PRODUCT.INDEXED_AT, DSL.excluded(READ_PRODUCT.INDEXED_AT))
			.returning(SEARCH);
		// the documents' lexemes join the lexicon in the same statement (V23,
		// docs/adr/0124); in byte order, so two rebuilds adding the same new lexemes wait
		// for each other in one order
		this.dsl.execute("""
				with written as ({0})
				insert into {1} ({2})
				select distinct unnest(tsvector_to_array(search)) from written order by 1
				on conflict do nothing""", upsert, READ_LEXEME, READ_LEXEME.LEXEME.getUnqualifiedName());
		writePrices(inOrder, ids);
		writeRedirects(inOrder, withdrawn);
	}

	private void writePrices(List<SourceProduct> products, UUID[] ids) {
		this.dsl.deleteFrom(READ_PRODUCT_PRICE).where(READ_PRODUCT_PRICE.PRODUCT_ID.eq(DSL.any(ids))).execute();
		var insert = this.dsl.insertInto(READ_PRODUCT_PRICE, READ_PRODUCT_PRICE.PRODUCT_ID, READ_PRODUCT_PRICE.CURRENCY,
				READ_PRODUCT_PRICE.MIN_MINOR, READ_PRODUCT_PRICE.MAX_MINOR, READ_PRODUCT_PRICE.COMPARE_AT_MIN_MINOR,
				READ_PRODUCT_PRICE.AMOUNTS);
		boolean any = false;
		for (SourceProduct product : products) {
			Map<String, List<Price>> byCurrency = new TreeMap<>();
			product.variants()
				.forEach((variant) -> variant.prices()
					.forEach((price) -> byCurrency.computeIfAbsent(price.currency(), (c) -> new ArrayList<>())
						.add(price)));
			for (Map.Entry<String, List<Price>> currency : byCurrency.entrySet()) {
				List<Price> prices = currency.getValue();
				Long[] amounts = prices.stream().map(Price::amountMinor).sorted().distinct().toArray(Long[]::new);
				Long compareAt = prices.stream()
					.map(Price::compareAtMinor)
					.filter(Objects::nonNull)
					.min(Long::compare)
					.orElse(null);
				insert = insert.values(product.id(), currency.getKey(), amounts[0], amounts[amounts.length - 1],
						compareAt, amounts);
				any = true;
			}
		}
		if (any) {
			insert.execute();
		}
	}

	/**
	 * As if each product, in id order, dropped the redirects it held and those naming a
	 * handle it now claims (its own, or one of its old ones), then added its old handles
	 * if it is public.
	 */
	private void writeRedirects(List<SourceProduct> products, Map<UUID, List<String>> withdrawn) {
		Map<UUID, List<String>> claims = new TreeMap<>(withdrawn);
		Map<UUID, List<String>> added = new HashMap<>();
		for (SourceProduct product : products) {
			List<String> old = product.oldHandles()
				.stream()
				.filter((handle) -> !handle.equals(product.handle()))
				.toList();
			List<String> claimed = new ArrayList<>(old);
			claimed.add(product.handle());
			claims.put(product.id(), claimed);
			added.put(product.id(), old);
		}
		if (claims.isEmpty()) {
			return;
		}
		Map<String, UUID> redirects = new LinkedHashMap<>();
		Set<String> claimed = new HashSet<>();
		claims.forEach((product, handles) -> {
			redirects.values().removeIf(product::equals);
			handles.forEach(redirects::remove);
			added.getOrDefault(product, List.of()).forEach((handle) -> redirects.put(handle, product));
			claimed.addAll(handles);
		});
		this.dsl.deleteFrom(READ_HANDLE_REDIRECT)
			.where(READ_HANDLE_REDIRECT.PRODUCT_ID.eq(DSL.any(claims.keySet().toArray(UUID[]::new)))
				.or(READ_HANDLE_REDIRECT.OLD_HANDLE.eq(DSL.any(claimed.toArray(String[]::new)))))
			.execute();
		if (!redirects.isEmpty()) {
			var insert = this.dsl.insertInto(READ_HANDLE_REDIRECT, READ_HANDLE_REDIRECT.OLD_HANDLE,
					READ_HANDLE_REDIRECT.PRODUCT_ID);
			for (Map.Entry<String, UUID> redirect : redirects.entrySet()) {
				insert = insert.values(redirect.getKey(), redirect.getValue());
			}
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
