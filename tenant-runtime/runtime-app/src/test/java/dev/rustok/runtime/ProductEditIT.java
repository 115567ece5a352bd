package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a product replaces it whole, from the version the merchant read: variants are
 * matched by id, a stale version changes nothing, and an old handle keeps redirecting.
 */
class ProductEditIT extends RuntimeIntegrationTest {

	@Test
	void replacesTheProductKeepingMatchedVariantsAddingNewOnesAndDeletingMissingOnes() {
		Shop acme = shop("acme");
		String token = acme.ownerToken();
		String sku = CatalogApiIT.sku("SHIRT");
		JsonNode created = createShirt(acme, sku).json();
		String path = "/api/admin/products/" + created.get("id").asString();
		String smallId = created.get("variants").get(0).get("id").asString();

		Map<String, Object> edit = shirt(sku, 1);
		edit.put("title", "Linen shirt");
		edit.put("options", List.of(Map.of("name", "Size", "values", List.of("S", "M", "XL"))));
		edit.put("variants",
				List.of(Map.of("id", smallId, "sku", sku + "-S", "optionValues", List.of("S"), "prices",
						List.of(Map.of("currency", "EUR", "amountMinor", 3100))),
						Map.of("sku", sku + "-XL", "optionValues", List.of("XL"), "prices",
								List.of(Map.of("currency", "EUR", "amountMinor", 3300)))));
		Answer replaced = this.runtime.put(acme.id(), token, path, RuntimeClient.json(edit));

		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		JsonNode product = replaced.json();
		assertThat(product.get("version").asInt()).isEqualTo(2);
		assertThat(product.get("title").asString()).isEqualTo("Linen shirt");
		assertThat(product.get("handle").asString()).isEqualTo(created.get("handle").asString());
		assertThat(product.get("variants").findValuesAsString("sku")).containsExactly(sku + "-S", sku + "-XL");
		assertThat(product.get("variants").get(0).get("id").asString()).isEqualTo(smallId);
		assertThat(product.get("variants").get(0).get("prices").get(0).get("amountMinor").asLong()).isEqualTo(3100);
		assertThat(acme.skusInOwnSchema()).contains(sku + "-S", sku + "-XL").doesNotContain(sku + "-M");
		assertThat(this.runtime.get(acme.id(), token, path).json()).isEqualTo(product);
	}

	@Test
	void letsTwoVariantsSwapTheirSkus() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("SWAP");
		JsonNode created = createShirt(acme, sku).json();
		JsonNode small = created.get("variants").get(0);
		JsonNode medium = created.get("variants").get(1);

		Map<String, Object> edit = shirt(sku, 1);
		edit.put("variants",
				List.of(Map.of("id", small.get("id").asString(), "sku", sku + "-M", "optionValues", List.of("S"),
						"prices", List.of(Map.of("currency", "EUR", "amountMinor", 100))),
						Map.of("id", medium.get("id").asString(), "sku", sku + "-S", "optionValues", List.of("M"),
								"prices", List.of(Map.of("currency", "EUR", "amountMinor", 100)))));
		Answer swapped = this.runtime.put(acme.id(), acme.ownerToken(),
				"/api/admin/products/" + created.get("id").asString(), RuntimeClient.json(edit));

		assertThat(swapped.status()).as(swapped.body()).isEqualTo(200);
		assertThat(swapped.json().get("variants").findValuesAsString("sku")).containsExactly(sku + "-M", sku + "-S");
	}

	@Test
	void refusesAStaleVersionWithTheCurrentOneAndChangesNothing() {
		Shop acme = shop("acme");
		String token = acme.ownerToken();
		String sku = CatalogApiIT.sku("STALE");
		String path = "/api/admin/products/" + createShirt(acme, sku).json().get("id").asString();
		Map<String, Object> first = shirt(sku, 1);
		first.put("title", "First edit");
		assertThat(this.runtime.put(acme.id(), token, path, RuntimeClient.json(first)).status()).isEqualTo(200);
		Map<String, String> before = acme.catalogState();

		Map<String, Object> late = shirt(sku, 1);
		late.put("title", "Late edit");
		Answer stale = this.runtime.put(acme.id(), token, path, RuntimeClient.json(late));
		Answer staleDelete = this.runtime.delete(acme.id(), token, path + "?version=1");
		Answer noVersion = this.runtime.delete(acme.id(), token, path);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
		assertThat(stale.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
		assertThat(staleDelete.status()).isEqualTo(409);
		assertThat(staleDelete.json().get("currentVersion").asInt()).isEqualTo(2);
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(acme.catalogState()).isEqualTo(before);
		assertThat(this.runtime.get(acme.id(), token, path).json().get("title").asString()).isEqualTo("First edit");
	}

	@Test
	void requiresTheVersionOnAnEdit() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("NOVERSION");
		String path = "/api/admin/products/" + createShirt(acme, sku).json().get("id").asString();
		Map<String, Object> edit = shirt(sku, 1);
		edit.remove("version");

		Answer answer = this.runtime.put(acme.id(), acme.ownerToken(), path, RuntimeClient.json(edit));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
	}

	@Test
	void keepsTheOldHandleRedirectingWhenTheHandleChanges() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("MOVED");
		JsonNode created = createShirt(acme, sku).json();
		String id = created.get("id").asString();
		String newHandle = "moved-" + sku.toLowerCase();
		Map<String, Object> edit = shirt(sku, 1);
		edit.put("handle", newHandle);

		Answer moved = this.runtime.put(acme.id(), acme.ownerToken(), "/api/admin/products/" + id,
				RuntimeClient.json(edit));

		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("handle").asString()).isEqualTo(newHandle);
		assertThat(SchemaRows.oldHandles(acme.route().schema(), id)).containsExactly(created.get("handle").asString());
	}

	@Test
	void refusesAVariantIdOfAnotherProduct() {
		Shop acme = shop("acme");
		String first = CatalogApiIT.sku("FIRST");
		String second = CatalogApiIT.sku("SECOND");
		JsonNode one = createShirt(acme, first).json();
		JsonNode other = createShirt(acme, second).json();
		Map<String, String> before = acme.catalogState();
		Map<String, Object> edit = shirt(first, 1);
		edit.put("variants",
				List.of(Map.of("id", other.get("variants").get(0).get("id").asString(), "sku", first + "-S",
						"optionValues", List.of("S"), "prices",
						List.of(Map.of("currency", "EUR", "amountMinor", 100)))));

		Answer answer = this.runtime.put(acme.id(), acme.ownerToken(),
				"/api/admin/products/" + one.get("id").asString(), RuntimeClient.json(edit));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("variants[0].id");
		assertThat(acme.catalogState()).isEqualTo(before);
	}

	@Test
	void archivesAndDeletesAProduct() {
		Shop acme = shop("acme");
		String token = acme.ownerToken();
		String sku = CatalogApiIT.sku("GONE");
		String path = "/api/admin/products/" + createShirt(acme, sku).json().get("id").asString();

		Answer archived = this.runtime.post(acme.id(), token, path + "/archive", "");
		Answer deleted = this.runtime.delete(acme.id(), token, path + "?version=2");

		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().get("status").asString()).isEqualTo("archived");
		assertThat(archived.json().get("version").asInt()).isEqualTo(2);
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.runtime.get(acme.id(), token, path).status()).isEqualTo(404);
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku + "-S", sku + "-M");
		assertThat(this.runtime.post(acme.id(), token, path + "/archive", "").status()).isEqualTo(404);
	}

	private Answer createShirt(Shop shop, String sku) {
		Map<String, Object> shirt = shirt(sku, null);
		Answer created = this.runtime.createProduct(shop.id(), shop.ownerToken(), RuntimeClient.json(shirt));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created;
	}

	/** A shirt in S and M, as a mutable map a test can edit. */
	private static Map<String, Object> shirt(String sku, Integer version) {
		Map<String, Object> shirt = new HashMap<>();
		shirt.put("title", "Shirt");
		shirt.put("options", List.of(Map.of("name", "Size", "values", List.of("S", "M"))));
		List<Object> variants = new ArrayList<>();
		for (String size : List.of("S", "M")) {
			variants.add(Map.of("sku", sku + "-" + size, "optionValues", List.of(size), "prices",
					List.of(Map.of("currency", "EUR", "amountMinor", 3000))));
		}
		shirt.put("variants", variants);
		if (version != null) {
			shirt.put("version", version);
		}
		return shirt;
	}

}
