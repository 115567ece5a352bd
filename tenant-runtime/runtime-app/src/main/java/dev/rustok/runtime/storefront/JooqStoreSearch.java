package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.READ_PRODUCT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT_PRICE;

/**
 * The search over the read tables (V9, V17): the page, the total and the facet counts
 * come from a window of at most {@link #DEFAULT_WINDOW} matches, title matches first
 * (docs/adr/0089), so the work is bounded however many products match. One statement
 * (docs/adr/0121).
 */
@Component
class JooqStoreSearch implements StoreSearch {

	/** How many matches the total and the facets count, at most. */
	static final int DEFAULT_WINDOW = 1_000;

	// the title's words alone: the expression of read_product_title_search_idx (V17)
	private static final Field<Object> TITLE_VECTOR = DSL.field("ts_filter({0}, '{a}'::\"char\"[])", Object.class,
			JooqIndexedFilters.SEARCH);

	// the window statement's columns before the page's card fields
	private static final Field<String> KIND = DSL.field(DSL.name("kind"), String.class);

	private static final Field<String> VALUE = DSL.field(DSL.name("value"), String.class);

	private static final Field<Long> COUNT = DSL.field(DSL.name("count"), Long.class);

	private static final Field<String[]> FACET_KEYS = DSL.field(DSL.name("read_product", "facet_keys"), String[].class);

	private final Function<Tenant, DSLContext> dsl;

	private final int window;

	@Autowired
	JooqStoreSearch(TenantDsl dsl) {
		this(dsl::of, DEFAULT_WINDOW);
	}

	JooqStoreSearch(Function<Tenant, DSLContext> dsl, int window) {
		this.dsl = dsl;
		this.window = window;
	}

	@Override
	public SearchResults search(Tenant tenant, SearchRequest request) {
		DSLContext dsl = this.dsl.apply(tenant);
		String currency = request.filter().currency().orElseThrow();
		int offset = (request.page() - 1) * request.limit();
		Map<Long, ProductCard> cards = new TreeMap<>();
		long matches = 0;
		Map<String, Map<String, Long>> facets = new HashMap<>();
		for (Record row : windowQuery(dsl, request)) {
			switch (row.get(KIND)) {
				case "page" -> cards.put(row.get(COUNT), JooqProductIndex.card(row, currency));
				case "total" -> matches = row.get(COUNT);
				default -> {
					String[] key = row.get(VALUE).split("\u001f", 2);
					facets.computeIfAbsent(key[0], (name) -> new HashMap<>()).put(key[1], row.get(COUNT));
				}
			}
		}
		// the window holds one match more than it counts: that one only says there are
		// more
		boolean lowerBound = matches > this.window;
		long total = Math.min(matches, this.window);
		boolean hasMore = offset + request.limit() < total;
		List<ProductCard> page = cards.values().stream().limit(Math.max(0, total - offset)).toList();
		return new SearchResults(page, total, lowerBound, request.page(), hasMore, SearchFacets.sorted(facets));
	}

	/**
	 * One statement whose rows are the page's cards ({@code page}, numbered in rank
	 * order), the number of matches in the window ({@code total}) and the facet counts
	 * ({@code facet}): one round trip for the whole answer.
	 */
	ResultQuery<Record> windowQuery(DSLContext dsl, SearchRequest request) {
		String currency = request.filter().currency().orElseThrow();
		Field<Object> query = JooqIndexedFilters.textQuery(dsl, request.text());
		Condition filters = JooqIndexedFilters.of(dsl, request.filter());
		Condition inTitle = DSL.condition("{0} @@ {1}", TITLE_VECTOR, query);
		Condition anywhere = DSL.condition("{0} @@ {1}", JooqIndexedFilters.SEARCH, query);
		Condition priceJoin = READ_PRODUCT_PRICE.PRODUCT_ID.eq(READ_PRODUCT.PRODUCT_ID)
			.and(READ_PRODUCT_PRICE.CURRENCY.eq(currency));
		Field<Float> rank = DSL.field("ts_rank({0}, {1})", Float.class, JooqIndexedFilters.SEARCH, query);
		int offset = (request.page() - 1) * request.limit();
		// title matches are found on their own index and fill the window first; the other
		// matches only fill what they leave, so a word every description carries does not
		// rank every product (docs/adr/0089). Only the page is put in rank order: a top-N
		// sort of the window, then its rows numbered. The facets count the window's first
		// matches as found: which one of window + 1 is left out never meant anything, and
		// sorting the whole window for it was a fifth of the statement (docs/adr/0123).
		// The facet keys are unnested in the select list, not joined as a function: a
		// function in FROM fills a tuple store per row (docs/adr/0115)
		List<Field<?>> cardFields = JooqProductIndex.cardFields()
			.stream()
			.<Field<?>>map((field) -> (Field<?>) field)
			.toList();
		List<Field<?>> columns = new ArrayList<>(List.of(KIND, VALUE, COUNT));
		columns.addAll(cardFields);
		QueryPart noCard = DSL.list(Collections.nCopies(cardFields.size(), DSL.inline((Object) null)));
		// the page's cards come with it, read by id for the page's rows only
		return dsl.resultQuery("""
				with title as materialized ({0} limit {2}),
				rest as materialized ({1} limit {2} - (select count(*) from title)),
				page as (
				  select product_id, rank, title_key from (select * from title union all select * from rest) matches
				  order by rank desc, title_key, product_id limit {4}),
				numbered as (
				  select product_id, row_number() over (order by rank desc, title_key, product_id) as n from page)
				select 'page' as kind, null as value, numbered.n as count, {6}
				from numbered join {7} on {8} left join {9} on {10}
				where numbered.n > {3}
				union all
				select 'total', null, (select count(*) from title) + (select count(*) from rest), {11}
				union all
				select 'facet', key, count(*), {11} from (select unnest(facet_keys) as key
				  from (select facet_keys from title union all select facet_keys from rest limit {5}) counted) keys
				group by key""", tier(dsl, rank, priceJoin).where(filters).and(inTitle),
				tier(dsl, rank, priceJoin).where(filters).and(anywhere).andNot(inTitle), DSL.inline(this.window + 1),
				DSL.inline(offset), DSL.inline(offset + request.limit()), DSL.inline(this.window), DSL.list(cardFields),
				READ_PRODUCT, READ_PRODUCT.PRODUCT_ID.eq(DSL.field(DSL.name("numbered", "product_id"), UUID.class)),
				READ_PRODUCT_PRICE, priceJoin, noCard)
			.coerce(columns);
	}

	private static SelectOnConditionStep<Record4<UUID, Float, String, String[]>> tier(DSLContext dsl, Field<Float> rank,
			Condition priceJoin) {
		return dsl.select(READ_PRODUCT.PRODUCT_ID, rank.as("rank"), READ_PRODUCT.TITLE_KEY, FACET_KEYS)
			.from(READ_PRODUCT)
			.leftJoin(READ_PRODUCT_PRICE)
			.on(priceJoin);
	}

}
