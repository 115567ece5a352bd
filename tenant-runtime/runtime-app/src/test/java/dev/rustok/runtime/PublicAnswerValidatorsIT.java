package dev.rustok.runtime;

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
 * The public catalogue answers carry a validator (docs/adr/0113): a browser or a CDN
 * keeps them and asks again each time, and gets a 304 while the shop's catalogue is
 * unchanged, the new answer once a change has reached the read model.
 */
class PublicAnswerValidatorsIT extends RuntimeIntegrationTest {

	@Test
	void aCopyStaysValidUntilTheCatalogueChangesAndThenTheNewAnswerIsServed() {
		Shop shop = shop("validators");
		JsonNode created = create(shop, "Desk lamp", "desk-lamp", 3000);
		OutboxRows.awaitDelivered(UUID.fromString(created.get("id").asString()));
		String page = "/api/store/products/desk-lamp";

		Answer first = this.runtime.get(shop.id(), page);
		assertThat(first.status()).isEqualTo(200);
		String etag = first.header("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
		assertThat(first.header("Pragma")).isNull();

		Answer again = conditional(shop, page, etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.header("ETag")).isEqualTo(etag);

		Answer edited = this.runtime.put(shop.id(), shop.ownerToken(),
				"/api/admin/products/" + created.get("id").asString(),
				RuntimeClient.json(Map.of("title", "Desk lamp", "handle", "desk-lamp", "status", "active", "version", 1,
						"variants",
						List.of(Map.of("id", created.get("variants").get(0).get("id").asString(), "sku",
								created.get("variants").get(0).get("sku").asString(), "prices",
								List.of(Map.of("amountMinor", 3500, "currency", "EUR")))))));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);

		await().atMost(OutboxRows.PATIENCE).until(() -> conditional(shop, page, etag).status() == 200);
		Answer changed = conditional(shop, page, etag);
		assertThat(changed.json().get("variants").get(0).get("prices").get(0).get("amountMinor").asLong())
			.isEqualTo(3500);
		assertThat(changed.header("ETag")).isNotEqualTo(etag);
		assertThat(conditional(shop, page, changed.header("ETag")).status()).isEqualTo(304);
	}

	@Test
	void everyCatalogueAnswerIsValidatedAndWhatIsNotCatalogueIsNotKept() {
		Shop shop = shop("validated-answers");
		OutboxRows.awaitDelivered(UUID.fromString(create(shop, "Tea lamp", "tea-lamp", 1200).get("id").asString()));

		for (String path : List.of("/api/store/products", "/api/store/products?sort=title&limit=5",
				"/api/store/products/tea-lamp", "/api/store/collections", "/api/store/categories")) {
			Answer answer = this.runtime.get(shop.id(), path);
			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(conditional(shop, path, answer.header("ETag")).status()).as(path).isEqualTo(304);
		}
		// an error, a search (read live, in the shop's language) and the cart are not
		// kept
		for (String path : List.of("/api/store/products/no-such-lamp", "/api/store/products?limit=0",
				"/api/store/search?q=lamp", "/api/store/cart")) {
			Answer answer = this.runtime.get(shop.id(), path);
			assertThat(answer.header("ETag")).as(path).isNull();
			assertThat(answer.header("Cache-Control")).as(path).contains("no-store");
		}
	}

	@Test
	void aValidatorOfOneShopNeverValidatesAnotherShopsAnswer() {
		Shop red = shop("validators-red");
		Shop blue = shop("validators-blue");
		OutboxRows.awaitDelivered(UUID.fromString(create(red, "Same lamp", "same-lamp", 1100).get("id").asString()));
		OutboxRows.awaitDelivered(UUID.fromString(create(blue, "Same lamp", "same-lamp", 2200).get("id").asString()));
		String page = "/api/store/products/same-lamp";

		String redTag = this.runtime.get(red.id(), page).header("ETag");
		Answer blueAnswer = conditional(blue, page, redTag);

		assertThat(blueAnswer.status()).isEqualTo(200);
		assertThat(blueAnswer.header("ETag")).isNotEqualTo(redTag);
		assertThat(blueAnswer.json().get("variants").get(0).get("prices").get(0).get("amountMinor").asLong())
			.isEqualTo(2200);
	}

	private Answer conditional(Shop shop, String path, String etag) {
		return this.runtime.send(this.runtime.request(shop.id(), path).header("If-None-Match", etag).GET());
	}

	private JsonNode create(Shop shop, String title, String handle, long price) {
		Map<String, Object> product = new HashMap<>();
		product.put("title", title);
		product.put("handle", handle);
		product.put("status", "active");
		product.put("variants", List.of(Map.of("sku", CatalogApiIT.sku("LAMP"), "prices",
				List.of(Map.of("amountMinor", price, "currency", "EUR")))));
		Answer created = this.runtime.createProduct(shop.id(), shop.ownerToken(), RuntimeClient.json(product));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

}
