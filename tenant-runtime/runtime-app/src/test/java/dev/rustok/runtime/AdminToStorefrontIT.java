package dev.rustok.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalogue's write side and the storefront's read side meet only through events:
 * what a merchant writes through the admin API is what shoppers read once the indexer has
 * applied it (docs/adr/0064), and nothing else.
 */
class AdminToStorefrontIT extends RuntimeIntegrationTest {

	@Test
	void aProductTheMerchantPublishesIsWhatShoppersSeeAndAHandleChangeRedirects() {
		Shop shop = shop("admin-to-store");
		String token = shop.ownerToken();
		String handle = "linen-shirt-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> product = new HashMap<>(
				Map.of("title", "Linen shirt", "handle", handle, "status", "active", "trackInventory", false, "tags",
						List.of("linen"), "options", List.of(Map.of("name", "Size", "values", List.of("S", "M"))),
						"variants", List.of(variant(List.of("S"), 4500), variant(List.of("M"), 4900)), "images",
						List.of(Map.of("url", "https://img.example/linen.jpg", "alt", "A linen shirt"))));

		Answer created = this.runtime.createProduct(shop.id(), token, RuntimeClient.json(product));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();

		JsonNode listed = eventually(
				() -> this.runtime.get(shop.id(), "/api/store/products?tag=linen").json().get("items"),
				(items) -> items.size() == 1);
		assertThat(listed.findValuesAsString("handle")).containsExactly(handle);
		assertThat(listed.get(0).get("priceMin").get("amountMinor").asLong()).isEqualTo(4500);
		assertThat(listed.get(0).get("priceMax").get("amountMinor").asLong()).isEqualTo(4900);
		assertThat(listed.get(0).get("image").get("alt").asString()).isEqualTo("A linen shirt");
		JsonNode shown = this.runtime.get(shop.id(), "/api/store/products/" + handle).json();
		assertThat(shown.get("variants").findValuesAsString("sku")).hasSize(2);
		assertThat(shown.get("variants").get(1).get("optionValues").toString()).isEqualTo("[\"M\"]");
		// stock is not tracked: always available
		assertThat(shown.get("available").asBoolean()).isTrue();

		String renamed = handle + "-new";
		product.put("handle", renamed);
		product.put("version", created.json().get("version").asInt());
		product.put("variants", created.json().get("variants"));
		Answer edited = this.runtime.put(shop.id(), token, "/api/admin/products/" + id, RuntimeClient.json(product));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);

		Answer moved = eventually(() -> this.runtime.get(shop.id(), "/api/store/products/" + handle),
				(answer) -> answer.status() != 200);
		assertThat(moved.status()).isEqualTo(308);
		assertThat(moved.header("Location")).isEqualTo("/api/store/products/" + renamed);

		assertThat(this.runtime.post(shop.id(), token, "/api/admin/products/" + id + "/archive", "").status())
			.isEqualTo(200);
		eventually(() -> this.runtime.get(shop.id(), "/api/store/products/" + renamed).status(),
				(status) -> status != 200);
		assertThat(this.runtime.get(shop.id(), "/api/store/products/" + renamed).status()).isEqualTo(404);
		assertThat(this.runtime.get(shop.id(), "/api/store/products/" + handle).status()).isEqualTo(404);
		assertThat(this.runtime.get(shop.id(), "/api/store/products?tag=linen").json().get("items").size()).isZero();
	}

	@Test
	void aDraftIsInvisibleUntilPublished() {
		Shop shop = shop("admin-to-store");
		String handle = "draft-vase-" + UUID.randomUUID().toString().substring(0, 8);
		Answer created = this.runtime.createProduct(shop.id(), shop.ownerToken(), RuntimeClient.json(Map.of("title",
				"Vase", "handle", handle, "status", "draft", "variants", List.of(variant(List.of(), 1200)))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		assertThat(this.runtime.get(shop.id(), "/api/store/products/" + handle).status()).isEqualTo(404);
		assertThat(this.runtime.get(shop.id(), "/").body()).doesNotContain(handle);
	}

	// the storefront reads what the indexer wrote after the admin's event: eventually
	private static <T> T eventually(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
		return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(read::get, done::test);
	}

	private static Map<String, Object> variant(List<String> optionValues, long amountMinor) {
		return Map.of("sku", "SKU-" + UUID.randomUUID().toString().substring(0, 8), "optionValues", optionValues,
				"prices", List.of(Map.of("currency", "EUR", "amountMinor", amountMinor)));
	}

}
