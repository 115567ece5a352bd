package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.rustok.runtime.catalogindex.ProductDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side's figures on one shop of {@code -Dbench.products} products (100,000 by
 * default; 3 variants, EUR and USD prices, stock, 3 tags, words from a vocabulary of 120
 * in titles and descriptions): how fast documents are built, and list and search
 * latencies read straight from the read tables (p50 / p99 over 500 calls each, after 100
 * warm-up calls); each search also as it was before docs/adr/0089 (total and facets over
 * every match, {@link ExactSearchReference}), in the same run. Prints figures, asserts
 * answers only. {@code -Dbench.explain=true} prints each search's plan;
 * {@code -Dbench.keep=true} leaves the database for exploring by hand. A benchmark:
 * {@code -Drustok.benchmarks=true} (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "rustok.benchmarks", matches = "true")
class ReadSideBenchIT {

	private static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);

	private static ScratchShop shop;

	private static JooqStoreSearch search;

	@BeforeAll
	static void seedAndIndex() {
		shop = new ScratchShop();
		search = new JooqStoreSearch((tenant) -> shop.dsl, JooqStoreSearch.DEFAULT_WINDOW);
		long start = System.nanoTime();
		shop.dsl.execute("""
				create temporary table words as select w, row_number() over () - 1 as i from regexp_split_to_table(
				'oak pine birch maple walnut cedar linen wool cotton silk leather denim velvet canvas copper brass steel
				iron glass ceramic stone marble bamboo rattan wicker paper blue green red yellow black white grey amber
				ivory coral navy olive teal rose sage sand lamp chair table sofa shelf desk stool bench rug blanket
				pillow curtain mirror vase bowl plate mug cup kettle teapot spoon knife fork pan pot basket candle clock
				frame poster shirt dress skirt coat jacket scarf hat glove sock boot shoe sandal bag wallet belt ring
				necklace bracelet watch soap towel brush comb bottle jar box tray hook rack lantern planter garden
				kitchen bath office travel summer winter classic modern rustic vintage handmade organic small large
				tall round square soft', '\s+') w""");
		int words = ((Number) shop.dsl.fetchValue("select count(*) from words")).intValue();
		shop.dsl.execute(
				"""
						insert into t_scratch.product (id, handle, title, description, status, track_inventory, created_at)
						select gen_random_uuid(), 'product-' || n,
						       initcap((select w from words where i = n %% %1$d)) || ' ' || (select w from words where i = (n / 7) %% %1$d)
						         || ' ' || (select w from words where i = (n / 131) %% %1$d),
						       'A ' || (select w from words where i = (n * 13) %% %1$d) || ' piece in '
						         || (select w from words where i = (n * 17) %% %1$d) || ', number ' || n,
						       'active', true, now() - n * interval '1 second'
						from generate_series(1, ?) n"""
					.formatted(words),
				PRODUCTS);
		shop.dsl.execute("""
				insert into t_scratch.product_option (product_id, position, name, option_values)
				select id, 0, 'Size', '{S,M,L}' from t_scratch.product""");
		shop.dsl.execute("""
				insert into t_scratch.product_variant (id, product_id, position, sku, option_values)
				select gen_random_uuid(), p.id, s.pos, p.handle || '-' || s.size, array[s.size]::varchar(60)[]
				from t_scratch.product p cross join (values (0, 'S'), (1, 'M'), (2, 'L')) s(pos, size)""");
		shop.dsl.execute("""
				insert into t_scratch.variant_price (variant_id, currency, amount_minor)
				select v.id, c, 1000 + (abs(hashtext(v.sku)) % 9000) + v.position * 100
				from t_scratch.product_variant v cross join unnest(array['EUR', 'USD']) c""");
		shop.dsl.execute("""
				insert into t_scratch.product_tag (product_id, tag)
				select id, t from t_scratch.product cross join lateral (values
				  ((select w from words where i = abs(hashtext(handle)) %% %1$d)),
				  ((select w from words where i = abs(hashtext(handle || 'b')) %% %1$d)), ('bench')) tags(t)
				on conflict do nothing""".formatted(words));
		shop.dsl.execute("""
				insert into t_scratch.inventory_level (variant_id, location_id, on_hand)
				select v.id, l.id, abs(hashtext(v.sku)) % 5 from t_scratch.product_variant v
				cross join t_scratch.inventory_location l where l.is_default""");
		shop.dsl.execute("analyze");
		long seeded = System.nanoTime();
		ProductDocuments documents = new ProductDocuments((tenant) -> shop.dsl);
		List<UUID> ids = shop.dsl.fetch("select id from t_scratch.product order by id").getValues(0, UUID.class);
		for (int from = 0; from < ids.size(); from += 500) {
			List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + 500));
			shop.dsl.transaction((trx) -> documents.rebuild(ScratchShop.TENANT, batch));
		}
		shop.dsl.execute("analyze");
		long indexed = System.nanoTime();
		System.out.printf(
				"read side bench: %d products seeded in %.1f s; documents built in %.1f s (%.0f products/s, "
						+ "the reindex path, one connection)%n",
				PRODUCTS, (seeded - start) / 1e9, (indexed - seeded) / 1e9, PRODUCTS / ((indexed - seeded) / 1e9));
	}

	@AfterAll
	static void closeShop() {
		if (shop == null) {
			return;
		}
		if (Boolean.getBoolean("bench.keep")) {
			System.out.println("read side bench: database kept at " + shop.jdbcUrl());
			shop.closeKeepingTheDatabase();
		}
		else {
			shop.close();
		}
	}

	@Test
	void printsListAndSearchLatencies() {
		Map<String, Supplier<Integer>> runs = new java.util.LinkedHashMap<>();
		runs.put("list newest", () -> list(ProductSort.NEWEST, filter(Optional.empty(), false, Optional.empty())));
		runs.put("list price_asc",
				() -> list(ProductSort.PRICE_ASC, filter(Optional.empty(), false, Optional.empty())));
		runs.put("list title", () -> list(ProductSort.TITLE, filter(Optional.empty(), false, Optional.empty())));
		runs.put("list tag=walnut",
				() -> list(ProductSort.NEWEST, filter(Optional.of("walnut"), false, Optional.empty())));
		runs.put("list inStock", () -> list(ProductSort.NEWEST, filter(Optional.empty(), true, Optional.empty())));
		runs.put("list q=lamp", () -> list(ProductSort.NEWEST, filter(Optional.empty(), false, Optional.of("lamp"))));
		for (String words : SEARCHES) {
			runs.put("search '" + words + "'", () -> search(words));
		}
		for (Map.Entry<String, Supplier<Integer>> run : runs.entrySet()) {
			assertThat(measure(run.getKey(), run.getValue(), 100, 500)).as(run.getKey()).isPositive();
		}
		if (Boolean.getBoolean("bench.explain")) {
			SEARCHES.forEach(ReadSideBenchIT::explain);
		}
		// the search before docs/adr/0089, in the same run: fewer calls, each reads every
		// match
		for (String words : SEARCHES) {
			assertThat(
					measure("every match '" + words + "'", () -> ExactSearchReference.search(shop.dsl, words), 3, 30))
				.isPositive();
		}
	}

	@Test
	void pagesOfAWordEveryProductCarriesAreTheSameAtEveryCallAndFollowOneAnother() {
		// the read table is larger than a quarter of the shared buffers: a synchronized
		// sequential scan would start wherever the last one stopped (docs/adr/0123)
		List<List<UUID>> pages = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			List<UUID> first = pageIds("number", page);
			assertThat(pageIds("number", page)).as("page %d again", page).isEqualTo(first);
			pages.add(first);
		}
		assertThat(pages.stream().flatMap(List::stream).distinct()).hasSize(60);
	}

	private static List<UUID> pageIds(String text, int page) {
		return search
			.search(ScratchShop.TENANT,
					new SearchRequest(text, filter(Optional.empty(), false, Optional.empty()), 20, page))
			.items()
			.stream()
			.map(ProductCard::id)
			.toList();
	}

	private static int measure(String name, Supplier<Integer> call, int warmUps, int calls) {
		int found = 0;
		for (int i = 0; i < warmUps; i++) {
			found = call.get();
		}
		long[] nanos = new long[calls];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			call.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("read side bench: %-32s p50 %8.2f ms  p99 %8.2f ms  (%d calls, %d results)%n", name,
				nanos[calls / 2 - 1] / 1e6, nanos[(int) Math.ceil(calls * 0.99) - 1] / 1e6, calls, found);
		return found;
	}

	// the plan of the search's window statement, with its values bound as the runtime
	// binds them
	private static void explain(String text) {
		SearchRequest request = new SearchRequest(text, filter(Optional.empty(), false, Optional.empty()), 20, 1);
		System.out.println("read side bench: plan of search '" + text + "'");
		shop.dsl.resultQuery("explain (analyze, buffers) {0}", search.windowQuery(shop.dsl, request))
			.fetch()
			.forEach((row) -> System.out.println("  " + row.get(0)));
	}

	// two words; a prefix; a common word; a word every product carries as a tag; a word
	// every description carries and no title does
	private static final List<String> SEARCHES = List.of("walnut lamp", "kett", "oak", "bench", "number");

	private static ProductFilter filter(Optional<String> tag, boolean inStock, Optional<String> text) {
		return new ProductFilter(Optional.empty(), Optional.empty(), tag, Optional.empty(), Optional.empty(),
				Optional.of("EUR"), inStock, text);
	}

	private static int list(ProductSort sort, ProductFilter filter) {
		return shop.catalog.list(ScratchShop.TENANT, new ListingRequest(filter, sort, 20, Optional.empty()))
			.items()
			.size();
	}

	private static int search(String text) {
		SearchResults results = search.search(ScratchShop.TENANT,
				new SearchRequest(text, filter(Optional.empty(), false, Optional.empty()), 20, 1));
		assertThat(results.items()).isNotEmpty();
		return (int) results.total();
	}

}
