package dev.rustok.runtime;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogApiIT extends RuntimeIntegrationTest {

	@Test
	void ownerAddsAProductThatTheCatalogueThenLists() {
		Shop acme = shop("acme");
		String sku = sku("MUG");

		Answer created = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				RuntimeClient.productJson(sku, "Blue mug", 1250, "EUR"));

		assertThat(created.status()).isEqualTo(201);
		JsonNode product = created.json();
		assertThat(product.get("sku").asString()).isEqualTo(sku);
		assertThat(product.get("name").asString()).isEqualTo("Blue mug");
		assertThat(product.get("description").asString()).isEqualTo("About Blue mug");
		assertThat(product.get("price").get("amountMinor").asLong()).isEqualTo(1250);
		assertThat(product.get("price").get("currency").asString()).isEqualTo("EUR");
		assertThat(created.header("Location")).isEqualTo("/api/products/" + product.get("id").asString());

		Answer listed = this.runtime.get(acme.id(), "/api/products?page=0&size=100");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get("items").findValuesAsString("sku")).contains(sku);
		Answer fetched = this.runtime.get(acme.id(), created.header("Location"));
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json().get("sku").asString()).isEqualTo(sku);
	}

	@Test
	void refusesASecondProductWithTheSameSkuAndKeepsTheFirst() {
		Shop acme = shop("acme");
		String sku = sku("TEE");
		assertThat(this.runtime
			.createProduct(acme.id(), acme.ownerToken(), RuntimeClient.productJson(sku, "First tee", 1500, "EUR"))
			.status()).isEqualTo(201);

		Answer duplicate = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				RuntimeClient.productJson(sku, "Second tee", 900, "USD"));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("sku");
		assertThat(acme.skusInOwnSchema()).containsOnlyOnce(sku);
		List<String> names = this.runtime.get(acme.id(), "/api/products?size=100")
			.json()
			.get("items")
			.findValuesAsString("name");
		assertThat(names).contains("First tee").doesNotContain("Second tee");
	}

	@Test
	void namesEveryInvalidFieldOfANewProduct() {
		Shop acme = shop("acme");

		Answer invalid = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"sku\":\"\",\"name\":\"Mug\",\"price\":{\"amountMinor\":-1,\"currency\":\"euro\"}}");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("sku", "price.amountMinor",
				"price.currency");
		assertThat(invalid.json().get("errors").findValuesAsString("reason"))
			.allSatisfy((reason) -> assertThat(reason).isNotBlank());
	}

	@Test
	void requiresAPrice() {
		Shop acme = shop("acme");

		Answer invalid = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"sku\":\"NO-PRICE\",\"name\":\"Mug\"}");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("price");
		assertThat(acme.skusInOwnSchema()).doesNotContain("NO-PRICE");
	}

	@Test
	void refusesMalformedJson() {
		Shop acme = shop("acme");

		Answer malformed = this.runtime.createProduct(acme.id(), acme.ownerToken(), "{\"sku\": \"A\", ");

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.json().get("detail").asString()).contains("not valid JSON");
	}

	@Test
	void namesAFieldOfTheWrongType() {
		Shop acme = shop("acme");

		Answer wrongType = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"sku\":\"FRACTION\",\"name\":\"Mug\",\"price\":{\"amountMinor\":12.5,\"currency\":\"EUR\"}}");

		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().get("errors").findValuesAsString("field")).containsExactly("price.amountMinor");
		assertThat(acme.skusInOwnSchema()).doesNotContain("FRACTION");
	}

	@Test
	void refusesABodyLargerThan64KiB() {
		Shop acme = shop("acme");
		String huge = RuntimeClient.productJson("HUGE", "Huge", 1, "EUR").replace("About Huge", "x".repeat(70 * 1024));

		Answer tooLarge = this.runtime.createProduct(acme.id(), acme.ownerToken(), huge);

		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");
		assertThat(acme.skusInOwnSchema()).doesNotContain("HUGE");
	}

	@Test
	void refusesAChunkedBodyThatGrowsPast64KiB() {
		Shop acme = shop("acme");
		String huge = RuntimeClient.productJson("HUGE-CHUNKED", "Huge", 1, "EUR")
			.replace("About Huge", "x".repeat(70 * 1024));
		// a publisher of unknown length makes the client send the body chunked, without
		// Content-Length
		HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers
			.fromPublisher(HttpRequest.BodyPublishers.ofString(huge));

		Answer tooLarge = this.runtime.send(this.runtime.request(acme.id(), "/api/admin/products")
			.header("Authorization", "Bearer " + acme.ownerToken())
			.header("Content-Type", "application/json")
			.POST(chunked));

		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");
		assertThat(acme.skusInOwnSchema()).doesNotContain("HUGE-CHUNKED");
	}

	@Test
	void pagesTheCatalogueNewestFirst() {
		Shop pages = shop("pages");
		String token = pages.ownerToken();
		for (int i = 1; i <= 5; i++) {
			assertThat(this.runtime
				.createProduct(pages.id(), token, RuntimeClient.productJson("P" + i, "Product " + i, i * 100L, "EUR"))
				.status()).isEqualTo(201);
		}

		JsonNode first = this.runtime.get(pages.id(), "/api/products?page=0&size=2").json();
		JsonNode last = this.runtime.get(pages.id(), "/api/products?page=2&size=2").json();
		JsonNode beyond = this.runtime.get(pages.id(), "/api/products?page=3&size=2").json();

		assertThat(first.get("items").findValuesAsString("sku")).containsExactly("P5", "P4");
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("total").asLong()).isEqualTo(5);
		assertThat(last.get("items").findValuesAsString("sku")).containsExactly("P1");
		assertThat(last.get("page").asInt()).isEqualTo(2);
		assertThat(beyond.get("items")).isEmpty();
		assertThat(beyond.get("total").asLong()).isEqualTo(5);
	}

	@Test
	void namesTheWrongPagingParameter() {
		Shop acme = shop("acme");

		assertThat(badParameter(acme, "/api/products?size=0")).isEqualTo("size");
		assertThat(badParameter(acme, "/api/products?size=101")).isEqualTo("size");
		assertThat(badParameter(acme, "/api/products?page=-1")).isEqualTo("page");
		assertThat(badParameter(acme, "/api/products?size=abc")).isEqualTo("size");
	}

	@Test
	void answersNotFoundForAnUnknownProduct() {
		Shop acme = shop("acme");

		Answer missing = this.runtime.get(acme.id(), "/api/products/" + UUID.randomUUID());

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	@Test
	void refusesAProductSentAsAForm() {
		Shop acme = shop("acme");

		Answer form = this.runtime.send(this.runtime.request(acme.id(), "/api/admin/products")
			.header("Authorization", "Bearer " + acme.ownerToken())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("sku=FORM&name=Mug")));

		assertThat(form.status()).isEqualTo(415);
		assertThat(form.contentType()).startsWith("application/problem+json");
	}

	private String badParameter(Shop shop, String path) {
		Answer answer = this.runtime.get(shop.id(), path);
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		return answer.json().get("errors").get(0).get("field").asString();
	}

	private static String sku(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
