package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "bad input" list for products, each through HTTP: a 400 problem naming the
 * field and the reason, and nothing stored changes (docs/adr/0028 limits).
 */
class ProductBadInputIT extends RuntimeIntegrationTest {

	@Test
	void refusesAVariantWhoseOptionValuesDoNotMatchTheOptions() {
		assertRefused((p) -> p.put("variants", List.of(variant("A", List.of("XXL")))), "variants[0].optionValues[0]",
				"must be one of the values of option Size");
		assertRefused((p) -> p.put("variants", List.of(variant("A", List.of("S", "Red")))), "variants[0].optionValues",
				"one value for each option");
		assertRefused((p) -> {
			p.remove("options");
			p.put("variants", List.of(variant("A", List.of("S"))));
		}, "variants[0].optionValues", "no options");
	}

	@Test
	void refusesTwoVariantsWithTheSameCombinationOrSku() {
		assertRefused((p) -> p.put("variants", List.of(variant("A", List.of("S")), variant("B", List.of("S")))),
				"variants[1].optionValues", "same combination as variants[0]");
		assertRefused((p) -> p.put("variants", List.of(variant("A", List.of("S")), variant("A", List.of("M")))),
				"variants[1].sku", "SKU of variants[0]");
	}

	@Test
	void refusesMoreThanOneVariantWithoutOptions() {
		assertRefused((p) -> {
			p.remove("options");
			p.put("variants", List.of(variant("A", List.of()), variant("B", List.of())));
		}, "variants", "exactly one variant");
	}

	@Test
	void refusesMoreThanTheLimitsOfVariantsImagesOptionsAndTags() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			values.add("V" + i);
		}
		// 11 sizes x 10 colours: 101 valid combinations, one more than allowed
		List<Object> variants = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			variants.add(variant("SKU" + i, List.of(values.get(i / 10), values.get(i % 10))));
		}
		assertRefused((p) -> {
			p.put("options", List.of(Map.of("name", "Size", "values", values.subList(0, 11)),
					Map.of("name", "Colour", "values", values.subList(0, 10))));
			p.put("variants", variants);
		}, "variants", "at most 100");
		assertRefused(
				(p) -> p.put("images", java.util.Collections.nCopies(21, Map.of("url", "https://cdn.example/a.jpg"))),
				"images", "at most 20");
		assertRefused((p) -> {
			p.put("options", List.of(option("A"), option("B"), option("C"), option("D")));
			p.put("variants", List.of(variant("FOUR", List.of("x", "x", "x", "x"))));
		}, "options", "at most 3");
		assertRefused((p) -> p.put("tags", java.util.stream.IntStream.range(0, 51).mapToObj((i) -> "t" + i).toList()),
				"tags", "at most 50");
		assertRefused((p) -> {
			p.put("options", List.of(Map.of("name", "Size", "values", values)));
			p.put("variants", List.of(variant("MANY", List.of("V0"))));
		}, "options[0].values", "at most 50");
	}

	@Test
	void refusesAnImageUrlThatIsNotHttp() {
		for (String url : List.of("javascript:alert(1)", "ftp://cdn.example/a.jpg", "/relative.jpg",
				"data:image/png;base64,AAAA", "https://")) {
			assertRefused((p) -> p.put("images", List.of(Map.of("url", url))), "images[0].url", "http or https");
		}
	}

	@Test
	void refusesTextOverTheLimits() {
		assertRefused((p) -> p.put("description", "x".repeat(10_001)), "description", "at most 10000");
		assertRefused((p) -> p.put("tags", List.of("t".repeat(61))), "tags[0]", "at most 60");
		assertRefused((p) -> p.put("handle", "h".repeat(121)), "handle", "at most 120");
		assertRefused((p) -> p.put("images", List.of(Map.of("url", "https://cdn.example/" + "a".repeat(2048)))),
				"images[0].url", "at most 2048");
		assertRefused((p) -> p.put("options", List.of(Map.of("name", "Size\u0000", "values", List.of("S")))),
				"options[0].name", "U+0000");
	}

	@Test
	void refusesAnUnknownCollectionOrCategory() {
		assertRefused((p) -> p.put("collectionIds", List.of(java.util.UUID.randomUUID().toString())),
				"collectionIds[0]", "no collection");
		assertRefused((p) -> p.put("categoryIds", List.of(java.util.UUID.randomUUID().toString())), "categoryIds[0]",
				"no category");
	}

	private void assertRefused(Consumer<Map<String, Object>> spoil, String field, String reason) {
		Shop acme = shop("acme");
		Map<String, Object> product = new HashMap<>();
		product.put("title", "Shirt");
		product.put("options", List.of(Map.of("name", "Size", "values", List.of("S", "M"))));
		product.put("variants", List.of(variant(CatalogApiIT.sku("OK"), List.of("S"))));
		spoil.accept(product);
		Map<String, String> before = acme.catalogState();

		Answer answer = this.runtime.createProduct(acme.id(), acme.ownerToken(), RuntimeClient.json(product));

		assertThat(answer.status()).as(field + ": " + answer.body()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").findValuesAsString("field")).as(answer.body()).containsExactly(field);
		assertThat(answer.json().get("errors").get(0).get("reason").asString()).contains(reason);
		assertThat(acme.catalogState()).isEqualTo(before);
	}

	private static Map<String, Object> variant(String sku, List<String> values) {
		return Map.of("sku", sku, "optionValues", values, "prices",
				List.of(Map.of("currency", "EUR", "amountMinor", 100)));
	}

	private static Map<String, Object> option(String name) {
		return Map.of("name", name, "values", List.of("x"));
	}

}
