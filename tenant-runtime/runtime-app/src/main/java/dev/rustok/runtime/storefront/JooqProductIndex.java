package dev.rustok.runtime.storefront;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.READ_HANDLE_REDIRECT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT_PRICE;

/**
 * The storefront's catalogue read from the indexer's read tables only (V9,
 * docs/adr/0064): one statement per list page, one per batch of GraphQL fields, no join
 * on the catalogue's own tables. Named {@code storeCatalogSource}: a caching decorator
 * may stand in front of it as the primary {@link StoreCatalog}.
 */
@Component("storeCatalogSource")
class JooqProductIndex implements StoreCatalog {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Function<Tenant, DSLContext> dsl;

	@Autowired
	JooqProductIndex(TenantDsl dsl) {
		this(dsl::of);
	}

	JooqProductIndex(Function<Tenant, DSLContext> dsl) {
		this.dsl = dsl;
	}

	@Override
	public Listing list(Tenant tenant, ListingRequest request) {
		String currency = request.filter().currency().orElseThrow();
		List<Listing.Entry> entries = new ArrayList<>();
		for (Record row : query(this.dsl.apply(tenant), request).fetch()) {
			entries.add(new Listing.Entry(card(row, currency), cursor(request.sort(), row)));
		}
		boolean hasMore = entries.size() > request.limit();
		return new Listing(hasMore ? List.copyOf(entries.subList(0, request.limit())) : entries, hasMore);
	}

	/**
	 * The page's one statement: the cards and sort keys, {@code limit + 1} rows. A price
	 * sort joins only products priced in the currency, as before the read side.
	 */
	static ResultQuery<Record> query(DSLContext dsl, ListingRequest request) {
		String currency = request.filter().currency().orElseThrow();
		ProductSort sort = request.sort();
		boolean byPrice = sort == ProductSort.PRICE_ASC || sort == ProductSort.PRICE_DESC;
		Condition priceJoin = READ_PRODUCT_PRICE.PRODUCT_ID.eq(READ_PRODUCT.PRODUCT_ID)
			.and(READ_PRODUCT_PRICE.CURRENCY.eq(currency));
		Condition where = JooqIndexedFilters.of(dsl, request.filter()).and(after(request));
		var from = byPrice ? dsl.select(cardFields()).from(READ_PRODUCT).join(READ_PRODUCT_PRICE).on(priceJoin)
				: dsl.select(cardFields()).from(READ_PRODUCT).leftJoin(READ_PRODUCT_PRICE).on(priceJoin);
		var ordered = switch (sort) {
			case NEWEST -> from.where(where).orderBy(READ_PRODUCT.CREATED_AT.desc(), READ_PRODUCT.PRODUCT_ID.desc());
			case TITLE -> from.where(where).orderBy(READ_PRODUCT.TITLE_KEY.asc(), READ_PRODUCT.PRODUCT_ID.asc());
			case PRICE_ASC ->
				from.where(where).orderBy(READ_PRODUCT_PRICE.MIN_MINOR.asc(), READ_PRODUCT.PRODUCT_ID.asc());
			case PRICE_DESC ->
				from.where(where).orderBy(READ_PRODUCT_PRICE.MIN_MINOR.desc(), READ_PRODUCT.PRODUCT_ID.desc());
		};
		return ordered.limit(request.limit() + 1);
	}

	private static Condition after(ListingRequest request) {
		if (request.after().isEmpty()) {
			return DSL.noCondition();
		}
		Cursor cursor = request.after().get();
		return switch (cursor.sort()) {
			case NEWEST -> DSL.row(READ_PRODUCT.CREATED_AT, READ_PRODUCT.PRODUCT_ID)
				.lt(timestamp(cursor.numericKey()), cursor.id());
			case TITLE -> DSL.row(READ_PRODUCT.TITLE_KEY, READ_PRODUCT.PRODUCT_ID).gt(cursor.key(), cursor.id());
			case PRICE_ASC ->
				DSL.row(READ_PRODUCT_PRICE.MIN_MINOR, READ_PRODUCT.PRODUCT_ID).gt(cursor.numericKey(), cursor.id());
			case PRICE_DESC ->
				DSL.row(READ_PRODUCT_PRICE.MIN_MINOR, READ_PRODUCT.PRODUCT_ID).lt(cursor.numericKey(), cursor.id());
		};
	}

	private static Cursor cursor(ProductSort sort, Record row) {
		UUID id = row.get(READ_PRODUCT.PRODUCT_ID);
		String key = switch (sort) {
			case NEWEST -> String.valueOf(micros(row.get(READ_PRODUCT.CREATED_AT)));
			case TITLE -> row.get(READ_PRODUCT.TITLE_KEY);
			case PRICE_ASC, PRICE_DESC -> String.valueOf(row.get(READ_PRODUCT_PRICE.MIN_MINOR));
		};
		return new Cursor(sort, key, id);
	}

	static List<SelectField<?>> cardFields() {
		return List.of(READ_PRODUCT.PRODUCT_ID, READ_PRODUCT.HANDLE, READ_PRODUCT.TITLE, READ_PRODUCT.TITLE_KEY,
				READ_PRODUCT.CREATED_AT, READ_PRODUCT.AVAILABLE, READ_PRODUCT.IMAGE_URL, READ_PRODUCT.IMAGE_ALT,
				READ_PRODUCT_PRICE.MIN_MINOR, READ_PRODUCT_PRICE.MAX_MINOR, READ_PRODUCT_PRICE.COMPARE_AT_MIN_MINOR);
	}

	static ProductCard card(Record row, String currency) {
		String imageUrl = row.get(READ_PRODUCT.IMAGE_URL);
		return new ProductCard(row.get(READ_PRODUCT.PRODUCT_ID), row.get(READ_PRODUCT.HANDLE),
				row.get(READ_PRODUCT.TITLE), money(row.get(READ_PRODUCT_PRICE.MIN_MINOR), currency),
				money(row.get(READ_PRODUCT_PRICE.MAX_MINOR), currency),
				money(row.get(READ_PRODUCT_PRICE.COMPARE_AT_MIN_MINOR), currency),
				(imageUrl != null) ? new Image(imageUrl, row.get(READ_PRODUCT.IMAGE_ALT)) : null,
				row.get(READ_PRODUCT.AVAILABLE));
	}

	private static Money money(Long amountMinor, String currency) {
		return (amountMinor != null) ? new Money(amountMinor, currency) : null;
	}

	@Override
	public ProductLookup find(Tenant tenant, String handle) {
		DSLContext dsl = this.dsl.apply(tenant);
		Optional<ProductLookup> found = dsl
			.select(READ_PRODUCT.PRODUCT_ID, READ_PRODUCT.HANDLE, READ_PRODUCT.TITLE, partText("description"))
			.from(READ_PRODUCT)
			.where(READ_PRODUCT.HANDLE.eq(handle))
			.fetchOptional((row) -> new ProductLookup.Found(row.value1(), row.value2(), row.value3(), row.value4()));
		if (found.isPresent()) {
			return found.get();
		}
		return dsl.select(READ_PRODUCT.HANDLE)
			.from(READ_HANDLE_REDIRECT)
			.join(READ_PRODUCT)
			.on(READ_PRODUCT.PRODUCT_ID.eq(READ_HANDLE_REDIRECT.PRODUCT_ID))
			.where(READ_HANDLE_REDIRECT.OLD_HANDLE.eq(handle))
			.fetchOptional((row) -> (ProductLookup) new ProductLookup.Moved(row.value1()))
			.orElseGet(ProductLookup.Missing::new);
	}

	@Override
	public Map<UUID, ProductCard> cards(Tenant tenant, Collection<UUID> productIds, String currency) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ProductCard> cards = new LinkedHashMap<>();
		this.dsl.apply(tenant)
			.select(cardFields())
			.from(READ_PRODUCT)
			.leftJoin(READ_PRODUCT_PRICE)
			.on(READ_PRODUCT_PRICE.PRODUCT_ID.eq(READ_PRODUCT.PRODUCT_ID))
			.and(READ_PRODUCT_PRICE.CURRENCY.eq(currency))
			.where(READ_PRODUCT.PRODUCT_ID.in(productIds))
			.forEach((row) -> cards.put(row.get(READ_PRODUCT.PRODUCT_ID), card(row, currency)));
		return cards;
	}

	@Override
	public Map<UUID, List<ProductOption>> options(Tenant tenant, Collection<UUID> productIds) {
		return lists(tenant, productIds, "options", new TypeReference<List<ProductOption>>() {
		});
	}

	@Override
	public Map<UUID, List<Variant>> variants(Tenant tenant, Collection<UUID> productIds) {
		return lists(tenant, productIds, "variants", new TypeReference<List<Variant>>() {
		});
	}

	@Override
	public Map<UUID, List<Image>> images(Tenant tenant, Collection<UUID> productIds) {
		return lists(tenant, productIds, "images", new TypeReference<List<Image>>() {
		});
	}

	@Override
	public Map<UUID, List<String>> tags(Tenant tenant, Collection<UUID> productIds) {
		return lists(tenant, productIds, "tags", new TypeReference<List<String>>() {
		});
	}

	@Override
	public Map<UUID, List<CollectionSummary>> collectionsOf(Tenant tenant, Collection<UUID> productIds) {
		return lists(tenant, productIds, "collections", new TypeReference<List<CollectionSummary>>() {
		});
	}

	@Override
	public Map<UUID, String> descriptions(Tenant tenant, Collection<UUID> productIds) {
		Map<UUID, String> descriptions = new HashMap<>();
		if (productIds.isEmpty()) {
			return descriptions;
		}
		this.dsl.apply(tenant)
			.select(READ_PRODUCT.PRODUCT_ID, partText("description"))
			.from(READ_PRODUCT)
			.where(READ_PRODUCT.PRODUCT_ID.in(productIds))
			.forEach((row) -> descriptions.put(row.value1(), row.value2()));
		return descriptions;
	}

	/**
	 * One part of each product's document; a product without a document (no longer
	 * active) gets an empty list, as the write model's reads gave.
	 */
	private <T> Map<UUID, List<T>> lists(Tenant tenant, Collection<UUID> productIds, String name,
			TypeReference<List<T>> type) {
		Map<UUID, List<T>> lists = new LinkedHashMap<>();
		productIds.forEach((id) -> lists.put(id, new ArrayList<>()));
		if (productIds.isEmpty()) {
			return lists;
		}
		this.dsl.apply(tenant)
			.select(READ_PRODUCT.PRODUCT_ID, part(name))
			.from(READ_PRODUCT)
			.where(READ_PRODUCT.PRODUCT_ID.in(productIds))
			.forEach((row) -> {
				if (row.value2() != null) {
					lists.put(row.value1(), new ArrayList<>(JSON.readValue(row.value2().data(), type)));
				}
			});
		return lists;
	}

	// jsonb -> 'name': the part only, not the whole document
	private static Field<JSONB> part(String name) {
		return DSL.field("{0} -> {1}", JSONB.class, READ_PRODUCT.DOCUMENT, DSL.inline(name));
	}

	// jsonb ->> 'name': a text part, null when the JSON holds null
	private static Field<String> partText(String name) {
		return DSL.field("{0} ->> {1}", String.class, READ_PRODUCT.DOCUMENT, DSL.inline(name));
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
