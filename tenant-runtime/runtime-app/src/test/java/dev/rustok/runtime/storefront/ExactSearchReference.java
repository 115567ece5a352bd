package dev.rustok.runtime.storefront;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static dev.rustok.runtime.schema.Tables.READ_PRODUCT;
import static dev.rustok.runtime.schema.Tables.READ_PRODUCT_PRICE;

/**
 * The search as it was before docs/adr/0089, kept as the benchmark's reference: the page
 * ranked over every match, the exact total, and the facets over every match.
 */
final class ExactSearchReference {

	private ExactSearchReference() {
	}

	/** How many products match; the page and the facets are computed and dropped. */
	static int search(DSLContext dsl, String text) {
		Condition where = JooqIndexedFilters.matches(dsl, text);
		Condition priceJoin = READ_PRODUCT_PRICE.PRODUCT_ID.eq(READ_PRODUCT.PRODUCT_ID)
			.and(READ_PRODUCT_PRICE.CURRENCY.eq("EUR"));
		dsl.select(JooqProductIndex.cardFields())
			.select(JooqIndexedFilters.rank(dsl, text).as("rank"))
			.from(READ_PRODUCT)
			.leftJoin(READ_PRODUCT_PRICE)
			.on(priceJoin)
			.where(where)
			.orderBy(DSL.field(DSL.name("rank")).desc(), READ_PRODUCT.TITLE_KEY, READ_PRODUCT.PRODUCT_ID)
			.limit(21)
			.fetch();
		var matches = dsl.select(READ_PRODUCT.FACETS)
			.from(READ_PRODUCT)
			.leftJoin(READ_PRODUCT_PRICE)
			.on(priceJoin)
			.where(where);
		int total = dsl.fetchCount(matches);
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
				order by f.facet, count(*) desc, f.value""", matches).fetch();
		return total;
	}

}
