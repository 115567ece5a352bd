package dev.rustok.runtime;

import java.util.List;
import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Manual collections (nested, ordered), the category tree (no cycles) and the bulk price
 * change of a collection (all or nothing), through HTTP.
 */
class CollectionsAndCategoriesIT extends RuntimeIntegrationTest {

	@Test
	void keepsACollectionsProductsInTheMerchantsOrderAndNestsCollections() {
		Shop shop = shop("collections");
		String token = shop.ownerToken();
		String first = productId(shop, "First", 1000);
		String second = productId(shop, "Second", 2000);
		String parent = this.runtime
			.post(shop.id(), token, "/api/admin/collections", RuntimeClient.json(Map.of("title", "Summer")))
			.json()
			.get("id")
			.asString();

		Answer created = this.runtime.post(shop.id(), token, "/api/admin/collections", RuntimeClient
			.json(Map.of("title", "Summer sale", "parentId", parent, "productIds", List.of(second, first))));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode sale = created.json();
		assertThat(sale.get("handle").asString()).startsWith("summer-sale");
		assertThat(sale.get("parentId").asString()).isEqualTo(parent);
		assertThat(sale.get("productIds").toString()).isEqualTo("[\"" + second + "\",\"" + first + "\"]");
		JsonNode product = this.runtime.get(shop.id(), token, "/api/admin/products/" + first).json();
		assertThat(product.get("collectionIds").toString()).contains(sale.get("id").asString());
	}

	@Test
	void refusesToPutACollectionInsideItselfOrItsChildren() {
		Shop shop = shop("collections");
		String token = shop.ownerToken();
		JsonNode top = this.runtime
			.post(shop.id(), token, "/api/admin/collections", RuntimeClient.json(Map.of("title", "Top")))
			.json();
		JsonNode child = this.runtime
			.post(shop.id(), token, "/api/admin/collections",
					RuntimeClient.json(Map.of("title", "Child", "parentId", top.get("id").asString())))
			.json();
		Map<String, String> before = shop.catalogState();

		Answer cycle = this.runtime.put(shop.id(), token, "/api/admin/collections/" + top.get("id").asString(),
				RuntimeClient.json(Map.of("title", "Top", "parentId", child.get("id").asString(), "version", 1)));
		Answer self = this.runtime.put(shop.id(), token, "/api/admin/collections/" + top.get("id").asString(),
				RuntimeClient.json(Map.of("title", "Top", "parentId", top.get("id").asString(), "version", 1)));

		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
		assertThat(self.status()).isEqualTo(400);
		assertThat(shop.catalogState()).isEqualTo(before);
	}

	@Test
	void changesEveryPriceOfACollectionByAPercentageRoundedHalfEven() {
		Shop shop = shop("bulk");
		String token = shop.ownerToken();
		String cheap = productId(shop, "Cheap", 125);
		String dear = productId(shop, "Dear", 1000);
		String outside = productId(shop, "Outside", 1000);
		String collection = this.runtime
			.post(shop.id(), token, "/api/admin/collections",
					RuntimeClient.json(Map.of("title", "Sale", "productIds", List.of(cheap, dear))))
			.json()
			.get("id")
			.asString();

		Answer changed = this.runtime.post(shop.id(), token, "/api/admin/collections/" + collection + "/prices",
				"{\"currency\":\"EUR\",\"percent\":-10}");

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("changedPrices").asInt()).isEqualTo(2);
		// 125 * 0.9 = 112.5, rounded half-even to 112
		assertThat(price(shop, cheap)).isEqualTo(112);
		assertThat(price(shop, dear)).isEqualTo(900);
		assertThat(price(shop, outside)).isEqualTo(1000);
		assertThat(this.runtime.get(shop.id(), token, "/api/admin/products/" + dear).json().get("version").asInt())
			.isEqualTo(2);
	}

	@Test
	void changesNoPriceWhenOneWouldGoOverTheCap() {
		Shop shop = shop("bulk-cap");
		String token = shop.ownerToken();
		String small = productId(shop, "Small", 100);
		String huge = productId(shop, "Huge", 200_000_000_000L);
		String collection = this.runtime
			.post(shop.id(), token, "/api/admin/collections",
					RuntimeClient.json(Map.of("title", "All", "productIds", List.of(small, huge))))
			.json()
			.get("id")
			.asString();
		Map<String, String> before = shop.catalogState();

		Answer overCap = this.runtime.post(shop.id(), token, "/api/admin/collections/" + collection + "/prices",
				"{\"currency\":\"EUR\",\"percent\":900}");
		Answer outOfRange = this.runtime.post(shop.id(), token, "/api/admin/collections/" + collection + "/prices",
				"{\"currency\":\"EUR\",\"percent\":-100}");
		Answer badCurrency = this.runtime.post(shop.id(), token, "/api/admin/collections/" + collection + "/prices",
				"{\"currency\":\"XAU\",\"percent\":5}");

		assertThat(overCap.status()).isEqualTo(400);
		assertThat(overCap.json().get("errors").get(0).get("field").asString()).isEqualTo("percent");
		assertThat(outOfRange.status()).isEqualTo(400);
		assertThat(badCurrency.status()).isEqualTo(400);
		assertThat(badCurrency.json().get("errors").get(0).get("field").asString()).isEqualTo("currency");
		assertThat(shop.catalogState()).isEqualTo(before);
	}

	@Test
	void buildsACategoryTreeAndRefusesCyclesAndOrphans() {
		Shop shop = shop("categories");
		String token = shop.ownerToken();
		JsonNode kitchen = this.runtime
			.post(shop.id(), token, "/api/admin/categories", RuntimeClient.json(Map.of("name", "Kitchen")))
			.json();
		JsonNode mugs = this.runtime
			.post(shop.id(), token, "/api/admin/categories",
					RuntimeClient.json(Map.of("name", "Mugs", "parentId", kitchen.get("id").asString())))
			.json();
		Map<String, String> before = shop.catalogState();

		Answer cycle = this.runtime.put(shop.id(), token, "/api/admin/categories/" + kitchen.get("id").asString(),
				RuntimeClient.json(Map.of("name", "Kitchen", "parentId", mugs.get("id").asString(), "version", 1)));
		Answer withChildren = this.runtime.delete(shop.id(), token,
				"/api/admin/categories/" + kitchen.get("id").asString() + "?version=1");
		Answer tree = this.runtime.get(shop.id(), token, "/api/admin/categories");

		assertThat(kitchen.get("handle").asString()).isEqualTo("kitchen");
		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
		assertThat(withChildren.status()).isEqualTo(409);
		assertThat(shop.catalogState()).isEqualTo(before);
		assertThat(tree.json().get("items").findValuesAsString("name")).containsExactly("Kitchen", "Mugs");
		assertThat(this.runtime
			.delete(shop.id(), token, "/api/admin/categories/" + mugs.get("id").asString() + "?version=1")
			.status()).isEqualTo(204);
	}

	private String productId(Shop shop, String title, long amountMinor) {
		Answer created = this.runtime.createProduct(shop.id(), shop.ownerToken(),
				RuntimeClient.productJson(CatalogApiIT.sku(title.toUpperCase()), title, amountMinor, "EUR"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private long price(Shop shop, String productId) {
		return this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/products/" + productId)
			.json()
			.get("variants")
			.get(0)
			.get("prices")
			.get(0)
			.get("amountMinor")
			.asLong();
	}

}
