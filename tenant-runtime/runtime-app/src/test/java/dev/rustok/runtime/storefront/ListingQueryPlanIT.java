package dev.rustok.runtime.storefront;

import java.util.Optional;

import org.jooq.Explain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product list's query plans on the read tables (V9) of a catalogue of 1,000 products
 * (3 variants each, priced in 2 currencies), read with EXPLAIN: each sort walks its index
 * and stops after a page, rather than scanning and sorting every document.
 */
class ListingQueryPlanIT {

	private static ScratchShop shop;

	@BeforeAll
	static void thousandProducts() {
		shop = new ScratchShop();
		shop.dsl.execute("""
				insert into t_scratch.product (id, handle, title, status, track_inventory, created_at)
				select gen_random_uuid(), 'product-' || n, 'Product ' || n,
				       case when n % 10 = 0 then 'draft' else 'active' end, n % 2 = 0,
				       now() - n * interval '1 minute'
				from generate_series(1, 1000) n""");
		shop.dsl.execute("""
				insert into t_scratch.product_variant (id, product_id, position, sku, option_values)
				select gen_random_uuid(), p.id, v, p.handle || '-' || v, array[('S' || v)::varchar]
				from t_scratch.product p, generate_series(0, 2) v""");
		shop.dsl.execute("""
				insert into t_scratch.variant_price (variant_id, currency, amount_minor)
				select v.id, c, (random() * 10000)::bigint
				from t_scratch.product_variant v, unnest(array['EUR', 'USD']) c""");
		var documents = new dev.rustok.runtime.catalogindex.ProductDocuments((tenant) -> shop.dsl);
		documents.rebuild(ScratchShop.TENANT,
				shop.dsl.fetch("select id from t_scratch.product").getValues(0, java.util.UUID.class));
		shop.dsl.execute("analyze");
	}

	@AfterAll
	static void closeShop() {
		shop.close();
	}

	@Test
	void theNewestPageWalksTheNewestIndex() {
		String plan = plan(ProductSort.NEWEST, false);

		assertThat(plan).contains("read_product_newest_idx").doesNotContain("Seq Scan on read_product ");
	}

	@Test
	void theTitlePageWalksTheTitleIndex() {
		String plan = plan(ProductSort.TITLE, false);

		assertThat(plan).contains("read_product_title_idx").doesNotContain("Seq Scan on read_product ");
	}

	@Test
	void aLaterPageStartsAtItsCursorInTheIndex() {
		Listing first = shop.catalog.list(ScratchShop.TENANT, request(ProductSort.NEWEST, false, Optional.empty()));
		String plan = explain(request(ProductSort.NEWEST, false, first.next())).plan();

		assertThat(plan).contains("Index Cond").doesNotContain("Seq Scan on read_product ");
	}

	@Test
	void theInStockFilterStillWalksTheNewestIndex() {
		String plan = plan(ProductSort.NEWEST, true);

		assertThat(plan).contains("read_product_newest_idx").doesNotContain("Seq Scan on read_product ");
	}

	@Test
	void thePriceSortsWalkThePriceIndexOfTheListedCurrency() {
		String plan = plan(ProductSort.PRICE_ASC, false);

		// the cheapest variant per currency is a column of the read side: no aggregate
		// over every variant, no sort of every product (docs/adr/0064)
		assertThat(plan).contains("read_product_price_sort_idx").doesNotContain("Sort Key");
	}

	private static String plan(ProductSort sort, boolean inStock) {
		Explain explain = explain(request(sort, inStock, Optional.empty()));
		System.out.println("EXPLAIN " + sort + (inStock ? " inStock" : "") + ": rows=" + explain.rows() + " cost="
				+ explain.cost() + "\n" + explain.plan());
		return explain.plan();
	}

	private static Explain explain(ListingRequest request) {
		return shop.dsl.explain(JooqProductIndex.query(shop.dsl, request));
	}

	private static ListingRequest request(ProductSort sort, boolean inStock, Optional<Cursor> after) {
		ProductFilter filter = new ProductFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.of("EUR"), inStock, Optional.empty());
		return new ListingRequest(filter, sort, ListingRequest.DEFAULT_LIMIT, after);
	}

}
