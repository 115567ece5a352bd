package dev.rustok.runtime;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin product API: create, read and list, through HTTP on the real runtime. */
class CatalogApiIT extends RuntimeIntegrationTest {

	@Test
	void ownerCreatesAProductWithOptionsVariantsAndPricesAndReadsItBack() {
		Shop acme = shop("acme");
		String token = acme.ownerToken();
		String sku = sku("TEE");
		Map<String, Object> tee = Map.of("title", "Organic cotton tee", "description", "Soft", "status", "active",
				"options", List.of(Map.of("name", "Size", "values", List.of("S", "M", "L"))), "variants",
				List.of(variant(sku + "-S", List.of("S"), 2500), variant(sku + "-M", List.of("M"), 2600)), "images",
				List.of(Map.of("url", "https://cdn.example/tee.jpg", "alt", "A tee")), "tags",
				List.of("cotton", "summer"));

		Answer created = this.runtime.createProduct(acme.id(), token, RuntimeClient.json(tee));

		assertThat(created.status()).isEqualTo(201);
		JsonNode product = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/admin/products/" + product.get("id").asString());
		assertThat(product.get("title").asString()).isEqualTo("Organic cotton tee");
		assertThat(product.get("handle").asString()).startsWith("organic-cotton-tee");
		assertThat(product.get("status").asString()).isEqualTo("active");
		assertThat(product.get("trackInventory").asBoolean()).isTrue();
		assertThat(product.get("version").asInt()).isEqualTo(1);
		assertThat(product.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
		assertThat(product.get("options").toString()).isEqualTo("[{\"name\":\"Size\",\"values\":[\"S\",\"M\",\"L\"]}]");
		assertThat(product.get("variants")).hasSize(2);
		assertThat(product.get("variants").get(1).get("sku").asString()).isEqualTo(sku + "-M");
		assertThat(product.get("variants").get(1).get("optionValues").get(0).asString()).isEqualTo("M");
		assertThat(product.get("variants").get(1).get("prices").get(0).get("amountMinor").asLong()).isEqualTo(2600);
		assertThat(product.get("variants").get(0).get("id").asString()).isNotBlank();
		assertThat(product.get("images").get(0).get("alt").asString()).isEqualTo("A tee");
		assertThat(product.get("tags").toString()).isEqualTo("[\"cotton\",\"summer\"]");
		assertThat(acme.skusInOwnSchema()).contains(sku + "-S", sku + "-M");

		Answer fetched = this.runtime.get(acme.id(), token, created.header("Location"));
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json()).isEqualTo(product);
	}

	@Test
	void makesAHandleFromTheTitleAndNumbersTheNextOnesWithTheSameTitle() {
		Shop handles = shop("handles");
		String token = handles.ownerToken();

		String first = handleOf(this.runtime.createProduct(handles.id(), token,
				RuntimeClient.productJson(sku("A"), "Crème brûlée Set!", 100, "EUR")));
		String second = handleOf(this.runtime.createProduct(handles.id(), token,
				RuntimeClient.productJson(sku("B"), "Crème brûlée set", 100, "EUR")));
		String third = handleOf(this.runtime.createProduct(handles.id(), token,
				RuntimeClient.productJson(sku("C"), "CRÈME BRÛLÉE SET", 100, "EUR")));
		String fallback = handleOf(
				this.runtime.createProduct(handles.id(), token, RuntimeClient.productJson(sku("D"), "茶", 100, "EUR")));

		assertThat(List.of(first, second, third)).containsExactly("creme-brulee-set", "creme-brulee-set-2",
				"creme-brulee-set-3");
		assertThat(fallback).isEqualTo("product");
	}

	@Test
	void refusesASecondProductWithTheSameSkuAndKeepsTheFirst() {
		Shop acme = shop("acme");
		String sku = sku("TEE");
		assertThat(this.runtime
			.createProduct(acme.id(), acme.ownerToken(), RuntimeClient.productJson(sku, "First tee", 1500, "EUR"))
			.status()).isEqualTo(201);
		Map<String, String> before = acme.catalogState();

		Answer duplicate = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				RuntimeClient.productJson(sku, "Second tee", 900, "USD"));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("variants[0].sku");
		assertThat(acme.skusInOwnSchema()).containsOnlyOnce(sku);
		assertThat(acme.catalogState()).isEqualTo(before);
	}

	@Test
	void letsExactlyOneOfManyConcurrentCreatesWithOneSkuWin() throws Exception {
		Shop race = shop("race");
		String token = race.ownerToken();
		String sku = sku("RACE");
		List<java.util.concurrent.Callable<Integer>> creates = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String title = "Racer " + i;
			creates.add(() -> this.runtime
				.createProduct(race.id(), token, RuntimeClient.productJson(sku, title, 100, "EUR"))
				.status());
		}

		List<Integer> statuses = new java.util.ArrayList<>();
		try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			for (var answer : pool.invokeAll(creates)) {
				statuses.add(answer.get());
			}
		}

		assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
		assertThat(race.skusInOwnSchema()).containsOnlyOnce(sku);
	}

	@Test
	void refusesAHandleAnotherProductHas() {
		Shop acme = shop("acme");
		String handle = "lamp-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(create(acme,
				Map.of("title", "Lamp", "handle", handle, "variants", List.of(variant(sku("LAMP"), List.of(), 100))))
			.status()).isEqualTo(201);
		Map<String, String> before = acme.catalogState();

		Answer taken = create(acme, Map.of("title", "Other lamp", "handle", handle, "variants",
				List.of(variant(sku("LAMP"), List.of(), 100))));

		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("handle");
		assertThat(acme.catalogState()).isEqualTo(before);
	}

	@Test
	void namesEveryInvalidFieldOfANewProduct() {
		Shop acme = shop("acme");
		Map<String, String> before = acme.catalogState();

		Answer invalid = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"title\":\"\",\"handle\":\"Not A Handle\",\"status\":\"live\",\"variants\":[{\"sku\":\"\","
						+ "\"prices\":[{\"amountMinor\":-1,\"currency\":\"euro\"}]}]}");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.contentType()).startsWith("application/problem+json");
		assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("title", "handle",
				"status", "variants[0].sku", "variants[0].prices[0].currency", "variants[0].prices[0].amountMinor");
		assertThat(invalid.json().get("errors").findValuesAsString("reason"))
			.allSatisfy((reason) -> assertThat(reason).isNotBlank());
		assertThat(acme.catalogState()).isEqualTo(before);
	}

	@Test
	void requiresAVariantWithAPrice() {
		Shop acme = shop("acme");

		Answer noVariant = create(acme, Map.of("title", "Mug"));
		Answer noPrice = create(acme, Map.of("title", "Mug", "variants", List.of(Map.of("sku", "NO-PRICE"))));

		assertThat(noVariant.status()).isEqualTo(400);
		assertThat(noVariant.json().get("errors").findValuesAsString("field")).containsExactly("variants");
		assertThat(noPrice.status()).isEqualTo(400);
		assertThat(noPrice.json().get("errors").findValuesAsString("field")).containsExactly("variants[0].prices");
		assertThat(acme.skusInOwnSchema()).doesNotContain("NO-PRICE");
	}

	@Test
	void refusesMalformedJson() {
		Shop acme = shop("acme");

		Answer malformed = this.runtime.createProduct(acme.id(), acme.ownerToken(), "{\"title\": \"A\", ");

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.json().get("detail").asString()).contains("not valid JSON");
	}

	@Test
	void namesAFieldOfTheWrongTypeByItsPath() {
		Shop acme = shop("acme");

		Answer wrongType = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"title\":\"Mug\",\"variants\":[{\"sku\":\"FRACTION\",\"prices\":[{\"amountMinor\":12.5,\"currency\":\"EUR\"}]}]}");

		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().get("errors").findValuesAsString("field"))
			.containsExactly("variants[0].prices[0].amountMinor");
		assertThat(acme.skusInOwnSchema()).doesNotContain("FRACTION");
	}

	@Test
	void acceptsTheLargestValidProductAndRefusesAProductBodyPast512KiB() {
		Shop shop = shop("maximal");
		List<String> currencies = List.of("AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF",
				"INR", "JPY", "MXN", "NOK", "NZD", "PLN", "SEK", "SGD", "USD");
		Answer settings = this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/settings",
				RuntimeClient.json(Map.of("currencies", currencies)));
		assertThat(settings.status()).as(settings.body()).isEqualTo(200);
		String largest = RuntimeClient.json(largestProduct(currencies));
		String tooLarge = RuntimeClient.productJson("HUGE", "Huge", 1, "EUR")
			.replace("About Huge", "x".repeat(520 * 1024));

		Answer created = this.runtime.createProduct(shop.id(), shop.ownerToken(), largest);
		Answer refused = this.runtime.createProduct(shop.id(), shop.ownerToken(), tooLarge);

		assertThat(largest.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as("bytes")
			.isGreaterThan(256 * 1024);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("variants").size()).isEqualTo(100);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(shop.skusInOwnSchema()).doesNotContain("HUGE");
	}

	/**
	 * Every list at its limit (docs/adr/0028), every text at its length in a character
	 * that takes three bytes in UTF-8, every amount at 10^12.
	 */
	private static Map<String, Object> largestProduct(List<String> currencies) {
		String wide = "\u20ac";
		List<Map<String, Object>> options = new java.util.ArrayList<>();
		for (int o = 0; o < 3; o++) {
			List<String> values = new java.util.ArrayList<>();
			for (int v = 0; v < 50; v++) {
				values.add(o + "-" + v + "-" + wide.repeat(55));
			}
			options.add(Map.of("name", "Option " + o + wide.repeat(50), "values", values));
		}
		List<Map<String, Object>> variants = new java.util.ArrayList<>();
		for (int i = 0; i < 100; i++) {
			List<String> values = List.of(valueOf(options, 0, i % 50), valueOf(options, 1, i / 50),
					valueOf(options, 2, i % 7));
			variants.add(Map.of("sku", sku("MAX-" + i + "-") + "X".repeat(20), "optionValues", values, "prices",
					currencies.stream()
						.map((currency) -> Map.of("currency", currency, "amountMinor", 999_999_999_999L,
								"compareAtMinor", 1_000_000_000_000L))
						.toList(),
					"weightGrams", Integer.MAX_VALUE, "barcode", wide.repeat(64)));
		}
		List<Map<String, Object>> images = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			images.add(Map.of("url", "https://images.example/" + i + "/" + "a".repeat(2000), "alt", wide.repeat(300)));
		}
		List<String> tags = new java.util.ArrayList<>();
		for (int i = 0; i < 50; i++) {
			tags.add(i + wide.repeat(55));
		}
		return Map.of("title", wide.repeat(200), "description", wide.repeat(10_000), "status", "draft", "options",
				options, "variants", variants, "images", images, "tags", tags);
	}

	@SuppressWarnings("unchecked")
	private static String valueOf(List<Map<String, Object>> options, int option, int index) {
		return ((List<String>) options.get(option).get("values")).get(index);
	}

	@Test
	void refusesABodyOtherThanAProductsLargerThan64KiB() {
		Shop acme = shop("acme");
		String huge = RuntimeClient.json(Map.of("title", "Huge", "description", "x".repeat(70 * 1024)));

		Answer tooLarge = this.runtime.post(acme.id(), acme.ownerToken(), "/api/admin/collections", huge);

		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");
		assertThat(tooLarge.json().get("detail").asString()).contains("64 KiB");
	}

	@Test
	void refusesAChunkedBodyThatGrowsPast512KiB() {
		Shop acme = shop("acme");
		String huge = RuntimeClient.productJson("HUGE-CHUNKED", "Huge", 1, "EUR")
			.replace("About Huge", "x".repeat(520 * 1024));
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
	void pagesTheCatalogueNewestFirstWithACursorAndNoTotal() {
		Shop pages = shop("pages");
		String token = pages.ownerToken();
		for (int i = 1; i <= 5; i++) {
			assertThat(this.runtime
				.createProduct(pages.id(), token, RuntimeClient.productJson("P" + i, "Product " + i, i * 100L, "EUR"))
				.status()).isEqualTo(201);
		}

		JsonNode first = this.runtime.get(pages.id(), token, "/api/admin/products?limit=2").json();
		JsonNode second = this.runtime
			.get(pages.id(), token, "/api/admin/products?limit=2&after=" + first.get("next").asString())
			.json();
		JsonNode last = this.runtime
			.get(pages.id(), token, "/api/admin/products?limit=2&after=" + second.get("next").asString())
			.json();

		assertThat(first.get("items").findValuesAsString("title")).containsExactly("Product 5", "Product 4");
		assertThat(second.get("items").findValuesAsString("title")).containsExactly("Product 3", "Product 2");
		assertThat(last.get("items").findValuesAsString("title")).containsExactly("Product 1");
		assertThat(last.get("next").isNull()).isTrue();
		assertThat(first.has("total")).isFalse();
		assertThat(first.get("items").get(0).get("variantCount").asInt()).isEqualTo(1);
	}

	@Test
	void findsProductsByTitleOrSkuAndFiltersByStatus() {
		Shop search = shop("search");
		String token = search.ownerToken();
		String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
		create(search, Map.of("title", "Teapot " + word, "status", "active", "variants",
				List.of(variant("POT-1", List.of(), 100))));
		create(search, Map.of("title", "Kettle", "status", "draft", "variants",
				List.of(variant("KET-" + word, List.of(), 100))));

		JsonNode byWord = this.runtime.get(search.id(), token, "/api/admin/products?q=" + word.toUpperCase()).json();
		JsonNode drafts = this.runtime.get(search.id(), token, "/api/admin/products?q=" + word + "&status=draft")
			.json();

		assertThat(byWord.get("items").findValuesAsString("title")).containsExactlyInAnyOrder("Teapot " + word,
				"Kettle");
		assertThat(drafts.get("items").findValuesAsString("title")).containsExactly("Kettle");
	}

	@Test
	void namesTheWrongListParameter() {
		Shop acme = shop("acme");

		assertThat(badParameter(acme, "/api/admin/products?limit=0")).isEqualTo("limit");
		assertThat(badParameter(acme, "/api/admin/products?limit=101")).isEqualTo("limit");
		assertThat(badParameter(acme, "/api/admin/products?limit=abc")).isEqualTo("limit");
		assertThat(badParameter(acme, "/api/admin/products?after=not-a-cursor")).isEqualTo("after");
		assertThat(badParameter(acme, "/api/admin/products?status=live")).isEqualTo("status");
	}

	@Test
	void answersNotFoundForAnUnknownProduct() {
		Shop acme = shop("acme");

		Answer missing = this.runtime.get(acme.id(), acme.ownerToken(), "/api/admin/products/" + UUID.randomUUID());
		Answer notAnId = this.runtime.get(acme.id(), acme.ownerToken(), "/api/admin/products/not-a-uuid");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(notAnId.status()).isEqualTo(400);
	}

	@Test
	void refusesAProductSentAsAForm() {
		Shop acme = shop("acme");

		Answer form = this.runtime.send(this.runtime.request(acme.id(), "/api/admin/products")
			.header("Authorization", "Bearer " + acme.ownerToken())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("title=Mug")));

		assertThat(form.status()).isEqualTo(415);
		assertThat(form.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theOldPublicProductApiIsGone() {
		Shop acme = shop("acme");

		// no longer public, and not there even for the owner
		assertThat(this.runtime.get(acme.id(), "/api/products").status()).isEqualTo(401);
		assertThat(this.runtime.get(acme.id(), acme.ownerToken(), "/api/products").status()).isEqualTo(404);
	}

	private Answer create(Shop shop, Map<String, Object> product) {
		return this.runtime.createProduct(shop.id(), shop.ownerToken(), RuntimeClient.json(product));
	}

	private String badParameter(Shop shop, String path) {
		Answer answer = this.runtime.get(shop.id(), shop.ownerToken(), path);
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		return answer.json().get("errors").get(0).get("field").asString();
	}

	private static String handleOf(Answer created) {
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("handle").asString();
	}

	static Map<String, Object> variant(String sku, List<String> optionValues, long amountMinor) {
		return Map.of("sku", sku, "optionValues", optionValues, "prices",
				List.of(Map.of("currency", "EUR", "amountMinor", amountMinor)));
	}

	static String sku(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
