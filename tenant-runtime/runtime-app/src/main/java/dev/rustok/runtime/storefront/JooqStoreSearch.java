package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.READ_PRODUCT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT_PRICE;

/**
 * The search over the read tables of V9: the GIN index on the weighted search vector
 * finds the matches, ts_rank orders them, and the facet counts unnest the matches' facet
 * values (docs/adr/0065). Three statements: the page, the total, the facets.
 */
@Component
class JooqStoreSearch implements StoreSearch {

	private final Function<Tenant, DSLContext> dsl;

	@Autowired
	JooqStoreSearch(TenantDsl dsl) {
		this(dsl::of);
	}

	JooqStoreSearch(Function<Tenant, DSLContext> dsl) {
		this.dsl = dsl;
	}

	@Override
	public SearchResults search(Tenant tenant, SearchRequest request) {
		DSLContext dsl = this.dsl.apply(tenant);
		String currency = request.filter().currency().orElseThrow();
		ProductFilter filter = request.filter();
		Condition where = JooqIndexedFilters.of(dsl, filter).and(JooqIndexedFilters.matches(dsl, request.text()));
		Condition priceJoin = READ_PRODUCT_PRICE.PRODUCT_ID.eq(READ_PRODUCT.PRODUCT_ID)
			.and(READ_PRODUCT_PRICE.CURRENCY.eq(currency));
		Field<Float> rank = JooqIndexedFilters.rank(dsl, request.text()).as("rank");
		List<SelectField<?>> fields = new ArrayList<>(JooqProductIndex.cardFields());
		fields.add(rank);
		List<ProductCard> items = new ArrayList<>();
		for (Record row : dsl.select(fields)
			.from(READ_PRODUCT)
			.leftJoin(READ_PRODUCT_PRICE)
			.on(priceJoin)
			.where(where)
			.orderBy(DSL.field(DSL.name("rank")).desc(), READ_PRODUCT.TITLE_KEY, READ_PRODUCT.PRODUCT_ID)
			.limit(request.limit() + 1)
			.offset((request.page() - 1) * request.limit())
			.fetch()) {
			items.add(JooqProductIndex.card(row, currency));
		}
		boolean hasMore = items.size() > request.limit();
		var matches = dsl.select(READ_PRODUCT.FACETS)
			.from(READ_PRODUCT)
			.leftJoin(READ_PRODUCT_PRICE)
			.on(priceJoin)
			.where(where);
		long total = dsl.fetchCount(matches);
		return new SearchResults(hasMore ? List.copyOf(items.subList(0, request.limit())) : items, total,
				request.page(), hasMore, (total > 0) ? facets(dsl, matches) : List.of());
	}

	private static List<SearchResults.Facet> facets(DSLContext dsl, org.jooq.Select<?> matches) {
		Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
		dsl.resultQuery("""
				select f.facet, f.value, count(*) from ({0}) as m, lateral (
				  select 'tag' as facet, t as value from jsonb_array_elements_text(m.facets::jsonb -> 'tags') t
				  union all
				  select 'collection', c from jsonb_array_elements_text(m.facets::jsonb -> 'collections') c
				  union all
				  select 'option:' || o.key, v
				  from jsonb_each(m.facets::jsonb -> 'options') o, jsonb_array_elements_text(o.value) v
				) f
				group by f.facet, f.value
				order by f.facet, count(*) desc, f.value""", matches)
			.forEach((row) -> facets.computeIfAbsent(row.get(0, String.class), (name) -> new ArrayList<>())
				.add(new SearchResults.FacetValue(row.get(1, String.class), row.get(2, Long.class))));
		return facets.entrySet()
			.stream()
			.map((entry) -> new SearchResults.Facet(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

}
