package dev.rustok.runtime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The public storefront API through HTTP, on a shop whose catalogue the test writes. */
class StorefrontApiIT extends RuntimeIntegrationTest {

	private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-01T00:00:00Z");

	private Shop shop;

	private CatalogRows rows;

	@BeforeEach
	void emptyCatalogue() {
		this.shop = shop("storeapi");
		this.rows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), this.shop.route().schema());
		this.rows.clear();
	}

	@Test
	void listsOnlyActiveProductsNewestFirstWithTheirCheapestPriceAndFirstImage() {
		UUID older = this.rows.product("Older lamp").createdAt(T0).price(1000).insert();
		UUID newer = this.rows.product("Newer lamp")
			.createdAt(T0.plusDays(1))
			.variant(List.of("S"), Map.of("EUR", 2500L, "USD", 2700L), 0, 0)
			.variant(List.of("M"), Map.of("EUR", 2000L), 0, 0)
			.option("Size", "S", "M")
			.image("https://img.example/newer-1.jpg")
			.image("https://img.example/newer-2.jpg")
			.insert();
		this.rows.product("Draft lamp").status("draft").createdAt(T0.plusDays(2)).price(500).insert();
		this.rows.product("Archived lamp").status("archived").createdAt(T0.plusDays(3)).price(500).insert();

		Answer answer = this.runtime.get(this.shop.id(), "/api/store/products");

		assertThat(answer.status()).isEqualTo(200);
		JsonNode items = answer.json().get("items");
		assertThat(ids(items)).containsExactly(newer, older);
		JsonNode first = items.get(0);
		assertThat(first.get("title").asString()).isEqualTo("Newer lamp");
		assertThat(first.get("priceMin").get("amountMinor").asLong()).isEqualTo(2000);
		assertThat(first.get("priceMin").get("currency").asString()).isEqualTo("EUR");
		assertThat(first.get("priceMax").get("amountMinor").asLong()).isEqualTo(2500);
		assertThat(first.get("compareAtMin").get("amountMinor").asLong()).isEqualTo(2100);
		assertThat(first.get("image").get("url").asString()).isEqualTo("https://img.example/newer-1.jpg");
		assertThat(first.get("available").asBoolean()).isTrue();
		assertThat(items.get(1).get("image").isNull()).isTrue();
		assertThat(answer.json().get("next").isNull()).isTrue();
		assertThat(answer.body()).doesNotContain("Draft lamp", "Archived lamp", "total");
	}

	@Test
	void showsPricesInAnotherCurrencyOfTheShopWhenAsked() {
		this.rows.product("Dual").variant(List.of(), Map.of("EUR", 1000L, "USD", 1100L), 0, 0).insert();

		JsonNode item = this.runtime.get(this.shop.id(), "/api/store/products?currency=USD").json().get("items").get(0);

		assertThat(item.get("priceMin").get("amountMinor").asLong()).isEqualTo(1100);
		assertThat(item.get("priceMin").get("currency").asString()).isEqualTo("USD");
	}

	@Test
	void filtersByCollectionCategoryWithItsDescendantsTagPriceAndStock() {
		UUID shirt = this.rows.product("Shirt").tags("cotton").price(1500).insert();
		UUID jeans = this.rows.product("Jeans").tags("denim").price(6000).insert();
		UUID boots = this.rows.product("Boots").tracked().variant(List.of(), Map.of("EUR", 9000L), 3, 3).insert();
		UUID socks = this.rows.product("Socks").tracked().variant(List.of(), Map.of("EUR", 500L), 5, 1).insert();
		UUID summer = this.rows.collection("summer", "Summer", null);
		this.rows.addToCollection(summer, shirt);
		this.rows.addToCollection(summer, socks);
		UUID clothing = this.rows.category("clothing", "Clothing", null);
		UUID trousers = this.rows.category("trousers", "Trousers", clothing);
		UUID denim = this.rows.category("denim-trousers", "Denim", trousers);
		this.rows.categorize(denim, jeans);
		this.rows.categorize(clothing, shirt);
		this.rows.categorize(this.rows.category("shoes", "Shoes", null), boots);

		assertThat(listed("collection=summer")).containsExactlyInAnyOrder(shirt, socks);
		assertThat(listed("category=clothing")).containsExactlyInAnyOrder(shirt, jeans);
		assertThat(listed("category=trousers")).containsExactly(jeans);
		assertThat(listed("tag=denim")).containsExactly(jeans);
		assertThat(listed("minPrice=1500&maxPrice=6000")).containsExactlyInAnyOrder(shirt, jeans);
		assertThat(listed("maxPrice=1000")).containsExactly(socks);
		// boots: all three on hand are held by checkouts
		assertThat(listed("inStock=true")).containsExactlyInAnyOrder(shirt, jeans, socks);
		assertThat(listed("collection=summer&inStock=true&maxPrice=1000")).containsExactly(socks);
		assertThat(listed("collection=no-such-collection")).isEmpty();
		JsonNode bootsCard = this.runtime.get(this.shop.id(), "/api/store/products?category=shoes")
			.json()
			.get("items")
			.get(0);
		assertThat(bootsCard.get("available").asBoolean()).isFalse();
	}

	@Test
	void aCollectionListsTheProductsOfItsNestedSubCollectionsOnce() {
		UUID sandals = this.rows.product("Sandals").price(3000).insert();
		UUID flipFlops = this.rows.product("Flip-flops").price(900).insert();
		UUID hat = this.rows.product("Hat").price(1200).insert();
		UUID elsewhere = this.rows.product("Scarf").price(1500).insert();
		UUID sale = this.rows.collection("sale", "Sale", null);
		UUID shoes = this.rows.collection("sale-shoes", "Sale shoes", sale);
		UUID beach = this.rows.collection("sale-beach-shoes", "Beach shoes", shoes);
		this.rows.addToCollection(sale, hat);
		this.rows.addToCollection(shoes, sandals);
		this.rows.addToCollection(beach, flipFlops);
		this.rows.addToCollection(beach, sandals);
		this.rows.addToCollection(this.rows.collection("winter", "Winter", null), elsewhere);

		assertThat(listed("collection=sale")).containsExactlyInAnyOrder(hat, sandals, flipFlops);
		assertThat(listed("collection=sale-shoes")).containsExactlyInAnyOrder(sandals, flipFlops);
		assertThat(listed("collection=sale-beach-shoes")).containsExactlyInAnyOrder(sandals, flipFlops);
		assertThat(listed("collection=winter")).containsExactly(elsewhere);
	}

	@Test
	void sortsByNewestPriceBothWaysAndTitle() {
		UUID b = this.rows.product("banana").createdAt(T0.plusDays(2)).price(300).insert();
		UUID a = this.rows.product("Apple").createdAt(T0.plusDays(1)).price(200).insert();
		UUID c = this.rows.product("cherry").createdAt(T0.plusDays(3)).price(100).insert();

		assertThat(listed("sort=newest")).containsExactly(c, b, a);
		assertThat(listed("sort=price_asc")).containsExactly(c, a, b);
		assertThat(listed("sort=price_desc")).containsExactly(b, a, c);
		assertThat(listed("sort=title")).containsExactly(a, b, c);
	}

	@Test
	void pagesWithACursorNeverOverlapNorSkipInAnySort() {
		List<UUID> all = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			// equal timestamps, titles and prices: the id breaks every tie
			all.add(this.rows.product("Same title").createdAt(T0).price(100 * (i % 2)).insert());
		}
		for (String sort : List.of("newest", "price_asc", "price_desc", "title")) {
			List<UUID> whole = listed("sort=" + sort + "&limit=100");
			List<UUID> paged = new ArrayList<>();
			String next = null;
			int pages = 0;
			do {
				JsonNode page = this.runtime
					.get(this.shop.id(),
							"/api/store/products?sort=" + sort + "&limit=3" + ((next != null) ? "&after=" + next : ""))
					.json();
				paged.addAll(ids(page.get("items")));
				next = page.get("next").isNull() ? null : page.get("next").asString();
				pages++;
			}
			while (next != null);
			assertThat(paged).as(sort).containsExactlyElementsOf(whole).containsExactlyInAnyOrderElementsOf(all);
			assertThat(pages).as(sort).isEqualTo(3);
		}
	}

	@Test
	void aPageOfTwentyCostsAsManyStatementsAsAPageOfTwo() {
		for (int i = 0; i < 20; i++) {
			this.rows.product("Cup " + i)
				.tracked()
				.option("Size", "S", "M")
				.variant(List.of("S"), Map.of("EUR", 100L, "USD", 120L), 1, 0)
				.variant(List.of("M"), Map.of("EUR", 200L), 0, 0)
				.image("https://img.example/cup.jpg")
				.insert();
		}
		String schema = this.shop.route().schema();
		this.sqlStatements.takeCountIn(schema);

		assertThat(listed("limit=20")).hasSize(20);
		long forTwenty = this.sqlStatements.takeCountIn(schema);
		assertThat(listed("limit=2")).hasSize(2);
		long forTwo = this.sqlStatements.takeCountIn(schema);

		// the shop's currencies, then the page itself, cards and sort keys in one
		// statement on the read tables (docs/adr/0062, 0064)
		assertThat(forTwenty).isEqualTo(forTwo).isEqualTo(2);
	}

	@Test
	void refusesBadParametersNamingEachOne() {
		assertThat(problemFields("limit=0")).containsExactly("limit");
		assertThat(problemFields("limit=101")).containsExactly("limit");
		assertThat(problemFields("limit=ten")).containsExactly("limit");
		assertThat(problemFields("sort=cheapest")).containsExactly("sort");
		assertThat(problemFields("after=not-a-cursor")).containsExactly("after");
		assertThat(problemFields("after=" + "x".repeat(2000))).containsExactly("after");
		assertThat(problemFields("minPrice=-1&maxPrice=abc")).containsExactly("minPrice", "maxPrice");
		assertThat(problemFields("minPrice=500&maxPrice=100")).containsExactly("minPrice");
		assertThat(problemFields("currency=JPY")).containsExactly("currency");
		assertThat(problemFields("currency=eur")).containsExactly("currency");
		assertThat(problemFields("inStock=yes")).containsExactly("inStock");
		assertThat(problemFields("collection=Not%20A%20Handle")).containsExactly("collection");
		assertThat(problemFields("tag=a%00b&q=c%00d")).containsExactly("tag", "q");
	}

	@Test
	void refusesACursorOfAnotherSortOrOneThatWasTamperedWith() {
		for (int i = 0; i < 3; i++) {
			this.rows.product("P" + i).price(100 + i).insert();
		}
		String next = this.runtime.get(this.shop.id(), "/api/store/products?sort=title&limit=1")
			.json()
			.get("next")
			.asString();
		String tampered = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("newest|not-a-uuid|1".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(problemFields("sort=newest&after=" + next)).containsExactly("after");
		assertThat(problemFields("after=" + tampered)).containsExactly("after");
		assertThat(this.runtime.get(this.shop.id(), "/api/store/products?sort=title&after=" + next).status())
			.isEqualTo(200);
	}

	@Test
	void answersTheWholePublicProductByItsHandle() {
		var tee = this.rows.product("Tee")
			.handle("tee")
			.tracked()
			.tags("cotton", "basics")
			.option("Size", "S", "M")
			.variant(List.of("S"), Map.of("EUR", 1500L, "USD", 1700L), 0, 0)
			.variant(List.of("M"), Map.of("EUR", 1600L), 4, 1)
			.image("https://img.example/tee.jpg");
		UUID id = tee.insert();
		this.rows.addToCollection(this.rows.collection("basics", "Basics", null), id);

		Answer answer = this.runtime.get(this.shop.id(), "/api/store/products/tee");

		assertThat(answer.status()).isEqualTo(200);
		JsonNode product = answer.json();
		assertThat(product.get("id").asString()).isEqualTo(id.toString());
		assertThat(product.get("title").asString()).isEqualTo("Tee");
		assertThat(product.get("description").asString()).isEqualTo("About Tee");
		assertThat(product.get("options").get(0).get("name").asString()).isEqualTo("Size");
		assertThat(product.get("options").get(0).get("values").toString()).isEqualTo("[\"S\",\"M\"]");
		JsonNode small = product.get("variants").get(0);
		assertThat(small.get("id").asString()).isEqualTo(tee.variantIds().get(0).toString());
		assertThat(small.get("optionValues").toString()).isEqualTo("[\"S\"]");
		assertThat(small.get("prices").findValuesAsString("currency")).containsExactly("EUR", "USD");
		assertThat(small.get("prices").get(1).get("amountMinor").asLong()).isEqualTo(1700);
		assertThat(small.get("available").asBoolean()).isFalse();
		assertThat(product.get("variants").get(1).get("available").asBoolean()).isTrue();
		assertThat(product.get("images").get(0).get("url").asString()).isEqualTo("https://img.example/tee.jpg");
		assertThat(product.get("tags").toString()).isEqualTo("[\"basics\",\"cotton\"]");
		assertThat(product.get("collections").findValuesAsString("handle")).containsExactly("basics");
		assertThat(product.get("available").asBoolean()).isTrue();
		// shoppers learn whether, never how many
		assertThat(answer.body()).doesNotContain("onHand", "reserved", "\"4\"");
	}

	@Test
	void redirectsAnOldHandlePermanentlyToTheCurrentOne() {
		UUID id = this.rows.product("Renamed").handle("new-name").price(100).insert();
		this.rows.redirect("old-name", id);

		Answer answer = this.runtime.get(this.shop.id(), "/api/store/products/old-name?currency=USD");

		assertThat(answer.status()).isEqualTo(308);
		assertThat(answer.header("Location")).isEqualTo("/api/store/products/new-name?currency=USD");
	}

	@Test
	void answersDraftArchivedAndUnknownProductsWithNotFound() {
		this.rows.product("Draft").handle("draft-one").status("draft").price(100).insert();
		UUID archived = this.rows.product("Gone").handle("gone").status("archived").price(100).insert();
		this.rows.redirect("was-gone", archived);

		for (String handle : List.of("draft-one", "gone", "was-gone", "never-was", "Not%20A%20Handle", "a%00b",
				"x".repeat(300), "%E2%9C%93")) {
			Answer answer = this.runtime.get(this.shop.id(), "/api/store/products/" + handle);
			assertThat(answer.status()).as(handle).isIn(400, 404);
			assertThat(answer.contentType()).as(handle).startsWith("application/problem+json");
		}
	}

	@Test
	void listsCollectionsAndAnswersOneWithTheFirstPageOfItsProducts() {
		UUID parent = this.rows.collection("sale", "Sale", null);
		UUID child = this.rows.collection("sale-shoes", "Sale shoes", parent);
		UUID inSale = this.rows.product("Cheap shoe").price(100).insert();
		this.rows.addToCollection(child, inSale);
		this.rows.product("Not on sale").price(100).insert();

		JsonNode all = this.runtime.get(this.shop.id(), "/api/store/collections").json();
		Answer one = this.runtime.get(this.shop.id(), "/api/store/collections/sale-shoes?limit=1");

		assertThat(all.findValuesAsString("handle")).containsExactly("sale", "sale-shoes");
		assertThat(all.get(1).get("parent").asString()).isEqualTo("sale");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("title").asString()).isEqualTo("Sale shoes");
		assertThat(ids(one.json().get("products").get("items"))).containsExactly(inSale);
		assertThat(this.runtime.get(this.shop.id(), "/api/store/collections/nope").status()).isEqualTo(404);
	}

	@Test
	void answersTheCategoryTree() {
		UUID clothing = this.rows.category("clothing", "Clothing", null);
		this.rows.category("shirts", "Shirts", clothing);
		this.rows.category("toys", "Toys", null);

		JsonNode tree = this.runtime.get(this.shop.id(), "/api/store/categories").json();

		assertThat(tree.findValuesAsString("handle")).contains("clothing", "toys", "shirts");
		assertThat(tree.size()).isEqualTo(2);
		JsonNode root = tree.get(0).get("handle").asString().equals("clothing") ? tree.get(0) : tree.get(1);
		assertThat(root.get("children").get(0).get("handle").asString()).isEqualTo("shirts");
	}

	@Test
	void aShopNeverSeesAnotherShopsProducts() {
		this.rows.product("Only in A").handle("only-in-a").price(100).insert();
		Shop other = shop("storeapi-other");

		assertThat(this.runtime.get(other.id(), "/api/store/products").body()).doesNotContain("only-in-a");
		assertThat(this.runtime.get(other.id(), "/api/store/products/only-in-a").status()).isEqualTo(404);
		assertThat(this.runtime.get(this.shop.id(), "/api/store/products/only-in-a").status()).isEqualTo(200);
	}

	private List<UUID> listed(String query) {
		Answer answer = this.runtime.get(this.shop.id(), "/api/store/products?" + query);
		assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(200);
		return ids(answer.json().get("items"));
	}

	private List<String> problemFields(String query) {
		Answer answer = this.runtime.get(this.shop.id(), "/api/store/products?" + query);
		assertThat(answer.status()).as(query).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		return answer.json().get("errors").findValuesAsString("field");
	}

	private static List<UUID> ids(JsonNode items) {
		List<UUID> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(UUID.fromString(item.get("id").asString())));
		return ids;
	}

}
