package dev.rustok.runtime;

import java.util.List;
import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront's full-text search (docs/adr/0065) through its three doors, the REST
 * endpoint, the GraphQL field and the search page, over documents the indexer's rebuild
 * wrote (CatalogRows indexes what it inserts).
 */
class StoreSearchIT extends RuntimeIntegrationTest {

	private Shop shop;

	private CatalogRows rows;

	@BeforeEach
	void emptyCatalogue() {
		this.shop = shop("search");
		this.rows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), this.shop.route().schema());
		this.rows.clear();
		language(null);
	}

	@Test
	void findsWordsByTheirBeginningAndRanksTitlesAboveTagsAboveDescriptions() {
		this.rows.product("Pastry brush").price(100).insert();
		this.rows.product("Cake tin").tags("baking", "pastry").price(100).insert();
		this.rows.product("Spatula").price(100).insert();
		this.rows.product("Kettle").price(100).insert();

		JsonNode found = search("q=pas").json();

		assertThat(found.get("items").findValuesAsString("title")).containsExactly("Pastry brush", "Cake tin");
		assertThat(found.get("total").asLong()).isEqualTo(2);
		assertThat(found.get("totalIsLowerBound").asBoolean()).isFalse();
		// every product's description is "About <title>": a description-only match ranks
		// last
		assertThat(search("q=about%20spat").json().get("items").findValuesAsString("title")).containsExactly("Spatula");
	}

	@Test
	void appliesTheListsFiltersAndCountsFacetsOfAllMatches() {
		this.rows.product("Linen shirt")
			.tags("linen", "summer")
			.image("https://img.example/linen-shirt.jpg")
			.option("Size", "S", "M")
			.variant(List.of("S"), Map.of("EUR", 2500L), 0, 0)
			.variant(List.of("M"), Map.of("EUR", 2700L), 0, 0)
			.insert();
		this.rows.product("Linen trousers").tags("linen").price(6000).insert();
		this.rows.product("Linen scarf").tags("linen").tracked().price(1500).insert();

		JsonNode all = search("q=linen").json();
		JsonNode cheap = search("q=linen&maxPrice=3000").json();
		JsonNode buyable = search("q=linen&inStock=true").json();

		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(facet(all, "tag")).containsEntry("linen", 3L).containsEntry("summer", 1L);
		assertThat(facet(all, "option:Size")).containsEntry("S", 1L).containsEntry("M", 1L);
		assertThat(cheap.get("items").findValuesAsString("title")).containsExactlyInAnyOrder("Linen shirt",
				"Linen scarf");
		// a result is the list's card: prices in the shop's currency, image, availability
		JsonNode shirt = card(all, "Linen shirt");
		assertThat(shirt.get("priceMin").get("amountMinor").asLong()).isEqualTo(2500);
		assertThat(shirt.get("priceMax").get("amountMinor").asLong()).isEqualTo(2700);
		assertThat(shirt.get("priceMin").get("currency").asString()).isEqualTo("EUR");
		assertThat(shirt.get("image").get("url").asString()).isEqualTo("https://img.example/linen-shirt.jpg");
		assertThat(shirt.get("available").asBoolean()).isTrue();
		assertThat(card(all, "Linen scarf").get("available").asBoolean()).isFalse();
		// the scarf's stock is tracked and it has none
		assertThat(buyable.get("items").findValuesAsString("title")).containsExactlyInAnyOrder("Linen shirt",
				"Linen trousers");
	}

	@Test
	void pagesThroughRankedResultsByNumber() {
		for (int i = 0; i < 5; i++) {
			this.rows.product("Candle " + i).price(100).insert();
		}

		JsonNode first = search("q=candle&limit=2").json();
		JsonNode third = search("q=candle&limit=2&page=3").json();

		assertThat(first.get("hasMore").asBoolean()).isTrue();
		assertThat(third.get("items")).hasSize(1);
		assertThat(third.get("hasMore").asBoolean()).isFalse();
		assertThat(third.get("total").asLong()).isEqualTo(5);
	}

	@Test
	void stemsInTheShopsLanguageAndOnlyLowerCasesWithoutOne() {
		language("en");
		this.rows.product("Running shoes").price(100).insert();

		assertThat(search("q=runs").json().get("items").findValuesAsString("title")).containsExactly("Running shoes");
		language(null);
		this.rows.product("Walking boots").price(100).insert();
		assertThat(search("q=walks").json().get("total").asLong()).isZero();
	}

	@Test
	void refusesASearchWithoutWordsOrWithABadPageAndNamesTheParameter() {
		Answer missing = search("");
		Answer noWords = search("q=%21%21%21");
		Answer badPage = search("q=lamp&page=0&currency=eur");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.body()).contains("\"q\"");
		assertThat(noWords.status()).isEqualTo(400);
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.body()).contains("\"page\"").contains("\"currency\"");
	}

	@Test
	void neverFindsAnotherShopsProducts() {
		this.rows.product("Secret lantern").handle("secret-lantern").tags("lantern").price(100).insert();
		Shop other = shop("search-other");
		CatalogRows otherRows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), other.route().schema());
		otherRows.clear();
		otherRows.product("Public lantern").price(100).insert();

		JsonNode here = search("q=lantern").json();
		JsonNode there = this.runtime.get(other.id(), "/api/store/search?q=lantern").json();
		JsonNode listedThere = this.runtime.get(other.id(), "/api/store/products?tag=lantern").json();

		assertThat(here.get("items").findValuesAsString("title")).containsExactly("Secret lantern");
		assertThat(there.get("items").findValuesAsString("title")).containsExactly("Public lantern");
		assertThat(listedThere.get("items")).isEmpty();
		assertThat(this.runtime.get(other.id(), "/api/store/products/secret-lantern").status()).isEqualTo(404);
	}

	@Test
	void answersTheGraphQlSearchFieldWithFacets() {
		this.rows.product("Oak table").tags("wood").price(30000).insert();
		this.rows.product("Oak chair").tags("wood").price(9000).insert();

		Answer answer = this.runtime.graphql(this.shop.id(), null, """
				query($q: String!) { search(query: $q, filter: {maxPrice: 10000}, first: 5) {
				  total hasMore items { title priceMin { amountMinor } } facets { name values { value count } } } }""",
				Map.of("q", "oak"));

		JsonNode search = answer.json().at("/data/search");
		assertThat(search.get("total").asInt()).as(answer.body()).isEqualTo(1);
		assertThat(search.get("items").findValuesAsString("title")).containsExactly("Oak chair");
		assertThat(search.get("facets").toString()).contains("\"name\":\"tag\"").contains("\"value\":\"wood\"");
	}

	@Test
	void theSearchPageShowsRankedResultsAndFacetLinksWithoutScript() {
		this.rows.product("Wool hat").tags("wool", "winter").price(100).insert();
		this.rows.product("Wool socks").tags("wool").price(100).insert();

		Answer page = this.runtime
			.send(this.runtime.request(this.shop.id(), "/search?q=wool").header("Accept", "text/html").GET());
		Answer bad = this.runtime
			.send(this.runtime.request(this.shop.id(), "/search?q=wool&page=99").header("Accept", "text/html").GET());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body())
			.contains("Wool hat", "Wool socks", "2 products", "href=\"/search?q=wool&amp;tag=winter\"")
			.doesNotContain("<script");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("page must be a whole number");
	}

	@Test
	void countsTheBestThousandMatchesAndSaysThatMoreMatchOnEveryDoor() {
		this.rows.many("Garden chair", 1_001, "garden");
		this.rows.product("Chair cushion").tags("garden").price(100).insert();
		Shop other = shop("search-other");
		CatalogRows otherRows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), other.route().schema());
		otherRows.clear();
		otherRows.product("Folding chair").tags("garden").price(100).insert();

		JsonNode many = search("q=chair&limit=100").json();
		JsonNode lastPage = search("q=chair&limit=100&page=10").json();
		JsonNode beyond = search("q=chair&limit=100&page=11").json();
		JsonNode few = search("q=chair%20cushion").json();
		JsonNode there = this.runtime.get(other.id(), "/api/store/search?q=chair").json();
		JsonNode graphql = this.runtime
			.graphql(this.shop.id(), null,
					"query { search(query: \"chair\", first: 5) { total totalIsLowerBound hasMore } }", Map.of())
			.json()
			.at("/data/search");
		Answer page = this.runtime
			.send(this.runtime.request(this.shop.id(), "/search?q=chair").header("Accept", "text/html").GET());

		assertThat(many.get("total").asLong()).isEqualTo(1_000);
		assertThat(many.get("totalIsLowerBound").asBoolean()).isTrue();
		// the facets count the same thousand matches the total does
		assertThat(facet(many, "tag")).containsEntry("garden", 1_000L);
		assertThat(lastPage.get("items")).hasSize(100);
		assertThat(lastPage.get("hasMore").asBoolean()).isFalse();
		assertThat(beyond.get("items")).isEmpty();
		assertThat(few.get("total").asLong()).isEqualTo(1);
		assertThat(few.get("totalIsLowerBound").asBoolean()).isFalse();
		assertThat(there.get("items").findValuesAsString("title")).containsExactly("Folding chair");
		assertThat(there.get("total").asLong()).isEqualTo(1);
		assertThat(there.get("totalIsLowerBound").asBoolean()).isFalse();
		assertThat(facet(there, "tag")).containsExactly(Map.entry("garden", 1L));
		assertThat(graphql.get("total").asInt()).isEqualTo(1_000);
		assertThat(graphql.get("totalIsLowerBound").asBoolean()).isTrue();
		assertThat(page.body()).contains("1,000+ products");
	}

	private Answer search(String query) {
		return this.runtime.get(this.shop.id(), "/api/store/search?" + query);
	}

	private static JsonNode card(JsonNode results, String title) {
		for (JsonNode item : results.get("items")) {
			if (item.get("title").asString().equals(title)) {
				return item;
			}
		}
		throw new AssertionError("no result titled " + title + " in " + results);
	}

	private static Map<String, Long> facet(JsonNode results, String name) {
		Map<String, Long> counts = new java.util.HashMap<>();
		for (JsonNode facet : results.get("facets")) {
			if (facet.get("name").asString().equals(name)) {
				facet.get("values")
					.forEach((value) -> counts.put(value.get("value").asString(), value.get("count").asLong()));
			}
		}
		return counts;
	}

	private void language(String language) {
		JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("update \"" + this.shop.route().schema() + "\".store_settings set language = ?")
			.param(language)
			.update();
	}

}
