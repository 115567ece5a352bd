package dev.rustok.runtime.storefront;

import java.sql.SQLWarning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's window of ranked matches (docs/adr/0089), with a window of 5 so its edges
 * are cheap to reach: exact counts up to it, a flagged lower bound past it, title matches
 * first in it; and, over 1,000 products, the plans that keep its work bounded, also when
 * the statement's plan is a generic one.
 */
class SearchWindowIT {

	private static ScratchShop shop;

	private static JooqStoreSearch search;

	@BeforeAll
	static void aThousandOtherProducts() {
		shop = new ScratchShop();
		search = new JooqStoreSearch((tenant) -> shop.dsl, 5);
		shop.rows.many("Plain item", 1_000, "plain");
		shop.dsl.execute("analyze");
	}

	@AfterAll
	static void closeShop() {
		shop.close();
	}

	@BeforeEach
	void onlyThePlainItems() {
		shop.dsl.execute("delete from t_scratch.product where title not like 'Plain item %'");
		shop.dsl.execute("delete from t_scratch.read_product where title not like 'Plain item %'");
	}

	@Test
	void theSearchIndexesTakeTheirEntriesAtOnceSoNoSearchReadsAPendingList() {
		var options = shop.dsl.fetch("""
				select c.relname, coalesce(array_to_string(c.reloptions, ','), '') as options
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				join pg_am a on a.oid = c.relam
				where n.nspname = 't_scratch' and a.amname = 'gin'""");

		assertThat(options.getValues("relname", String.class)).contains("read_product_search_idx",
				"read_product_title_search_idx", "read_product_facets_idx");
		assertThat(options.getValues("options", String.class)).as("docs/adr/0109")
			.allMatch((relOptions) -> relOptions.contains("fastupdate=off"));
	}

	@Test
	void countsEveryMatchAndItsFacetsExactlyUpToTheWindow() {
		for (int i = 0; i < 5; i++) {
			shop.rows.product("Desk lamp " + i).tags("light", (i < 2) ? "brass" : "steel").price(100).insert();
		}

		SearchResults found = search("lamp", 2, 3);

		assertThat(found.total()).isEqualTo(5);
		assertThat(found.totalIsLowerBound()).isFalse();
		assertThat(found.items()).hasSize(1);
		assertThat(found.hasMore()).isFalse();
		assertThat(counts(found, "tag")).containsEntry("light", 5L)
			.containsEntry("brass", 2L)
			.containsEntry("steel", 3L);
	}

	@Test
	void saysThatMoreMatchPastTheWindowAndEndsThePagesThere() {
		for (int i = 0; i < 7; i++) {
			shop.rows.product("Floor lamp " + i).tags("light").price(100).insert();
		}

		SearchResults first = search("lamp", 2, 1);
		SearchResults last = search("lamp", 2, 3);
		SearchResults beyond = search("lamp", 2, 4);

		assertThat(first.total()).isEqualTo(5);
		assertThat(first.totalIsLowerBound()).isTrue();
		assertThat(first.hasMore()).isTrue();
		assertThat(counts(first, "tag")).containsExactly(Map.entry("light", 5L));
		assertThat(last.items()).hasSize(1);
		assertThat(last.hasMore()).isFalse();
		assertThat(beyond.items()).isEmpty();
	}

	@Test
	void fillsTheWindowWithTitleMatchesBeforeTagAndDescriptionMatches() {
		for (int i = 0; i < 6; i++) {
			shop.rows.product("Shade " + i).tags("lamp").price(100).insert();
		}
		shop.rows.product("Lamp oil").price(100).insert();
		shop.rows.product("Table lamp").price(100).insert();

		SearchResults found = search("lamp", 5, 1);

		assertThat(found.totalIsLowerBound()).isTrue();
		assertThat(found.items().subList(0, 2)).extracting(ProductCard::title)
			.containsExactlyInAnyOrder("Lamp oil", "Table lamp");
	}

	@Test
	void findsARareWordThroughItsIndexesAndStopsACommonOneAtTheWindow() {
		shop.rows.product("Reading lamp").price(100).insert();
		shop.dsl.execute("analyze t_scratch.read_product");

		String rare = plan("lamp");
		String common = plan("plain");

		assertThat(rare).contains("read_product_title_search_idx")
			.contains("read_product_search_idx")
			.doesNotContain("Seq Scan on read_product ");
		// all 1,000 titles say "Plain": each part of the window stops at its limit
		assertThat(common).containsPattern("CTE title\\W+->  Limit").containsPattern("CTE rest\\W+->  Limit");
	}

	@Test
	void findsTheWordBeingTypedByItsStartAndTheWordsBeforeItWhole() {
		shop.rows.product("Walnut lamp").price(100).insert();
		shop.rows.product("Walnut ladder").price(100).insert();
		shop.rows.product("Oak lamp").price(100).insert();

		assertThat(search("walnut la", 20, 1).items()).extracting(ProductCard::title)
			.containsExactlyInAnyOrder("Walnut lamp", "Walnut ladder");
		assertThat(search("lamp wal", 20, 1).items()).extracting(ProductCard::title).containsExactly("Walnut lamp");
		assertThat(search("wal lamp", 20, 1).items()).isEmpty();
	}

	@Test
	void aWordEveryDescriptionCarriesStopsAtTheWindowEvenInAPlanMadeForAnyWords() {
		// every description says "About Plain item <n>", no title says "about". A
		// statement the driver prepares again and again gets a generic plan, made once
		// for any values it binds (docs/adr/0112): forced here, and the plan the search
		// ran with is read from auto_explain, which sends it back as a notice
		List<String> plans = new CopyOnWriteArrayList<>();
		DSLContext watched = DSL.using(shop.dsl.configuration().deriveAppending(ExecuteListener.onWarning((ctx) -> {
			for (SQLWarning notice = ctx.sqlWarning(); notice != null; notice = notice.getNextWarning()) {
				plans.add(notice.getMessage());
			}
		})));
		shop.dsl.execute("load 'auto_explain'");
		shop.dsl.execute("set auto_explain.log_min_duration = 0");
		shop.dsl.execute("set auto_explain.log_level = notice");
		shop.dsl.execute("set plan_cache_mode = force_generic_plan");
		try {
			SearchResults found = new JooqStoreSearch((tenant) -> watched, 5).search(ScratchShop.TENANT,
					request("about", 20, 1));

			assertThat(found.total()).isEqualTo(5);
			assertThat(found.totalIsLowerBound()).isTrue();
			String plan = plans.stream()
				.filter((candidate) -> candidate.contains("CTE rest"))
				.findFirst()
				.orElseThrow();
			System.out.println("search 'about', generic plan:\n" + plan);
			assertThat(plan).containsPattern("CTE rest\\W+->  Limit")
				.contains("Seq Scan on read_product")
				.doesNotContain("Bitmap Index Scan on read_product_search_idx");
		}
		finally {
			shop.dsl.execute("set auto_explain.log_min_duration = -1");
			shop.dsl.execute("reset plan_cache_mode");
		}
	}

	private static String plan(String words) {
		SearchRequest request = request(words, 20, 1);
		var explain = shop.dsl.explain(search.windowQuery(shop.dsl, request));
		System.out.println("EXPLAIN search '" + words + "': rows=" + explain.rows() + "\n" + explain.plan());
		return explain.plan();
	}

	private static SearchResults search(String words, int limit, int page) {
		return search.search(ScratchShop.TENANT, request(words, limit, page));
	}

	private static SearchRequest request(String words, int limit, int page) {
		ProductFilter filter = new ProductFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.of("EUR"), false, Optional.empty());
		return new SearchRequest(words, filter, limit, page);
	}

	private static Map<String, Long> counts(SearchResults results, String facet) {
		return results.facets()
			.stream()
			.filter((candidate) -> candidate.name().equals(facet))
			.flatMap((candidate) -> candidate.values().stream())
			.collect(java.util.stream.Collectors.toMap(SearchResults.FacetValue::value,
					SearchResults.FacetValue::count));
	}

}
