package dev.rustok.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin catalogue's GraphQL mutations through HTTP (docs/adr/0047): what they store
 * is what the REST API reads, and a refusal carries the same field, reason and version as
 * the REST problem, with nothing stored changed.
 */
class CatalogGraphQlIT extends RuntimeIntegrationTest {

	private static final String CREATE = """
			mutation($input: ProductInput!) {
			  createProduct(input: $input) {
			    id handle status version
			    options { name values }
			    variants { id sku optionValues prices { currency amountMinor compareAtMinor } weightGrams barcode }
			    images { url alt }
			    tags
			  }
			}""";

	private static final String UPDATE = """
			mutation($id: ID!, $input: ProductInput!) { updateProduct(id: $id, input: $input) { title version } }""";

	private Shop shop;

	private String token;

	@BeforeEach
	void signIn() {
		this.shop = shop("graphql-admin");
		this.token = this.shop.ownerToken();
	}

	@Test
	void createsAProductWithOptionsVariantsPricesAndImagesThatTheRestApiReadsBack() {
		Map<String, Object> input = shirt(CatalogApiIT.sku("GQL-S"), CatalogApiIT.sku("GQL-M"));

		JsonNode created = data(CREATE, Map.of("input", input)).get("createProduct");

		assertThat(created.get("handle").asString()).startsWith("linen-shirt");
		assertThat(created.get("variants").findValuesAsString("sku")).hasSize(2);
		assertThat(created.get("variants").get(1).get("prices").get(0).get("amountMinor").asLong()).isEqualTo(2750);
		assertThat(created.get("images").get(0).get("alt").asString()).isEqualTo("Front");
		JsonNode read = this.runtime
			.get(this.shop.id(), this.token, "/api/admin/products/" + created.get("id").asString())
			.json();
		assertThat(read.get("variants").get(1).get("optionValues").get(0).asString()).isEqualTo("M");
		assertThat(read.get("variants").get(1).get("prices").get(0).get("compareAtMinor").asLong()).isEqualTo(3000);
		assertThat(read.get("tags").get(0).asString()).isEqualTo("summer");
		assertThat(read.get("status").asString()).isEqualTo("active");
	}

	@Test
	void refusesAPriceInACurrencyTheShopDoesNotSellNamingTheFieldAndStoresNothing() {
		Map<String, Object> input = shirt(CatalogApiIT.sku("GQL-BAD"), CatalogApiIT.sku("GQL-BAD2"));
		input.put("variants", List.of(Map.of("sku", CatalogApiIT.sku("GQL-BAD"), "optionValues", List.of("S"), "prices",
				List.of(Map.of("currency", "JPY", "amountMinor", 100)))));
		Map<String, String> before = this.shop.catalogState();

		JsonNode error = error(CREATE, Map.of("input", input));

		assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.get("extensions").get("status").asInt()).isEqualTo(400);
		JsonNode field = error.get("extensions").get("errors").get(0);
		assertThat(field.get("field").asString()).isEqualTo("variants[0].prices[0].currency");
		assertThat(field.get("reason").asString()).containsIgnoringCase("currenc");
		assertThat(this.shop.catalogState()).isEqualTo(before);
	}

	@Test
	void refusesADuplicateSkuAsAConflict() {
		String sku = CatalogApiIT.sku("GQL-DUP");
		data(CREATE, Map.of("input", shirt(sku, CatalogApiIT.sku("GQL-DUP2"))));
		Map<String, String> before = this.shop.catalogState();

		JsonNode error = error(CREATE, Map.of("input", shirt(sku, CatalogApiIT.sku("GQL-DUP3"))));

		assertThat(error.get("extensions").get("status").asInt()).isEqualTo(409);
		assertThat(error.get("extensions").get("errors").get(0).get("field").asString()).isEqualTo("variants[0].sku");
		assertThat(this.shop.catalogState()).isEqualTo(before);
	}

	@Test
	void refusesAStaleVersionWithTheCurrentVersionAndKeepsTheFirstEdit() {
		Map<String, Object> input = shirt(CatalogApiIT.sku("GQL-V1"), CatalogApiIT.sku("GQL-V2"));
		JsonNode created = data(CREATE, Map.of("input", input)).get("createProduct");
		String id = created.get("id").asString();
		input.put("version", 1);
		input.put("options", List.of());
		input.put("variants", List.of(Map.of("sku", CatalogApiIT.sku("GQL-V3"), "prices",
				List.of(Map.of("currency", "EUR", "amountMinor", 2500)))));
		input.put("title", "First edit");
		assertThat(data(UPDATE, Map.of("id", id, "input", input)).get("updateProduct").get("version").asInt())
			.isEqualTo(2);
		Map<String, String> before = this.shop.catalogState();

		input.put("title", "Second tab's edit");
		JsonNode error = error(UPDATE, Map.of("id", id, "input", input));

		assertThat(error.get("extensions").get("status").asInt()).isEqualTo(409);
		assertThat(error.get("extensions").get("currentVersion").asInt()).isEqualTo(2);
		assertThat(error.get("extensions").get("errors").get(0).get("field").asString()).isEqualTo("version");
		assertThat(this.shop.catalogState()).isEqualTo(before);
		assertThat(this.runtime.get(this.shop.id(), this.token, "/api/admin/products/" + id)
			.json()
			.get("title")
			.asString()).isEqualTo("First edit");
	}

	@Test
	void reordersACollectionsMembersAndChangesTheirPricesInBulk() {
		String first = data(CREATE, Map.of("input", shirt(CatalogApiIT.sku("GQL-C1"), CatalogApiIT.sku("GQL-C2"))))
			.get("createProduct")
			.get("id")
			.asString();
		String second = data(CREATE, Map.of("input", shirt(CatalogApiIT.sku("GQL-C3"), CatalogApiIT.sku("GQL-C4"))))
			.get("createProduct")
			.get("id")
			.asString();
		JsonNode collection = data("""
				mutation($ids: [ID]) { createCollection(input: {title: "Summer", productIds: $ids}) { id version } }""",
				Map.of("ids", List.of(first, second)))
			.get("createCollection");
		String id = collection.get("id").asString();

		JsonNode reordered = data(
				"""
						mutation($id: ID!, $ids: [ID]) {
						  updateCollection(id: $id, input: {title: "Summer", productIds: $ids, version: 1}) { productIds version }
						}""",
				Map.of("id", id, "ids", List.of(second, first)))
			.get("updateCollection");
		int changed = data("mutation($id: ID!) { changeCollectionPrices(id: $id, currency: \"EUR\", percent: -10) }",
				Map.of("id", id))
			.get("changeCollectionPrices")
			.asInt();

		assertThat(
				List.of(reordered.get("productIds").get(0).asString(), reordered.get("productIds").get(1).asString()))
			.containsExactly(second, first);
		assertThat(changed).isEqualTo(4);
		JsonNode prices = this.runtime.get(this.shop.id(), this.token, "/api/admin/products/" + first)
			.json()
			.get("variants");
		assertThat(prices.get(0).get("prices").get(0).get("amountMinor").asLong()).isEqualTo(2250);
		assertThat(prices.get(1).get("prices").get(0).get("amountMinor").asLong()).isEqualTo(2475);
	}

	@Test
	void buildsACategoryTreeAndRefusesACycle() {
		JsonNode root = data("mutation { createCategory(input: {name: \"Clothing\"}) { id version } }", Map.of())
			.get("createCategory");
		JsonNode child = data(
				"mutation($p: ID) { createCategory(input: {name: \"Shirts\", parentId: $p}) { id parentId } }",
				Map.of("p", root.get("id").asString()))
			.get("createCategory");
		Map<String, String> before = this.shop.catalogState();

		JsonNode cycle = error(
				"""
						mutation($id: ID!, $p: ID) { updateCategory(id: $id, input: {name: "Clothing", parentId: $p, version: 1}) { id } }""",
				Map.of("id", root.get("id").asString(), "p", child.get("id").asString()));

		assertThat(child.get("parentId").asString()).isEqualTo(root.get("id").asString());
		assertThat(cycle.get("extensions").get("errors").get(0).get("field").asString()).isEqualTo("parentId");
		assertThat(this.shop.catalogState()).isEqualTo(before);
		assertThat(data("{ adminCategories { name parentId } }", Map.of()).get("adminCategories")
			.findValuesAsString("name")).containsExactly("Clothing", "Shirts");
	}

	private static Map<String, Object> shirt(String skuS, String skuM) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "Linen shirt");
		input.put("status", "active");
		input.put("options", List.of(Map.of("name", "Size", "values", List.of("S", "M"))));
		input.put("variants", List.of(
				Map.of("sku", skuS, "optionValues", List.of("S"), "prices",
						List.of(Map.of("currency", "EUR", "amountMinor", 2500))),
				Map.of("sku", skuM, "optionValues", List.of("M"), "weightGrams", 300, "barcode", "4006381333931",
						"prices", List.of(Map.of("currency", "EUR", "amountMinor", 2750, "compareAtMinor", 3000)))));
		input.put("images", List.of(Map.of("url", "https://img.example/shirt.jpg", "alt", "Front")));
		input.put("tags", List.of("summer"));
		return input;
	}

	private JsonNode data(String query, Map<String, Object> variables) {
		Answer answer = this.runtime.graphql(this.shop.id(), this.token, query, variables);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().has("errors")).as(answer.body()).isFalse();
		return answer.json().get("data");
	}

	private JsonNode error(String query, Map<String, Object> variables) {
		Answer answer = this.runtime.graphql(this.shop.id(), this.token, query, variables);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get("errors")).as(answer.body()).isNotNull();
		return answer.json().get("errors").get(0);
	}

}
