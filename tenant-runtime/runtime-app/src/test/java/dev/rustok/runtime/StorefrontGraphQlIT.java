package dev.rustok.runtime;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The storefront's GraphQL queries through HTTP at /graphql. */
class StorefrontGraphQlIT extends RuntimeIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PAGE = """
			query Page($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort) {
			  products(first: $first, after: $after, filter: $filter, sort: $sort) {
			    edges { cursor node { handle } }
			    nodes {
			      handle title description available
			      priceMin { amountMinor currency }
			      image { url alt }
			      options { name values }
			      variants { sku optionValues available prices { amountMinor currency compareAtMinor } }
			      images { url }
			      tags
			      collections { handle }
			    }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	private Shop shop;

	private CatalogRows rows;

	@BeforeEach
	void emptyCatalogue() {
		this.shop = shop("graphql");
		this.rows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), this.shop.route().schema());
		this.rows.clear();
	}

	@Test
	void pagesThroughFilteredProductsWithTheirVariantsPricesAndImages() {
		UUID sale = this.rows.collection("sale", "Sale", null);
		for (int i = 0; i < 3; i++) {
			UUID id = this.rows.product("Mug " + i)
				.handle("mug-" + i)
				.tags("mugs")
				.option("Colour", "Red", "Blue")
				.variant(List.of("Red"), Map.of("EUR", 1000L + i, "USD", 1200L), 0, 0)
				.variant(List.of("Blue"), Map.of("EUR", 1100L + i), 0, 0)
				.image("https://img.example/mug-" + i + ".jpg")
				.insert();
			this.rows.addToCollection(sale, id);
		}
		this.rows.product("Plate").tags("plates").price(10).insert();
		Map<String, Object> variables = Map.of("first", 2, "sort", "PRICE_ASC", "filter", Map.of("tag", "mugs"));

		JsonNode first = query(PAGE, variables).get("data").get("products");
		String after = first.get("pageInfo").get("endCursor").asString();
		JsonNode second = query(PAGE,
				Map.of("first", 2, "sort", "PRICE_ASC", "filter", Map.of("tag", "mugs"), "after", after))
			.get("data")
			.get("products");

		assertThat(handles(first)).containsExactly("mug-0", "mug-1");
		assertThat(first.get("edges").get(1).get("cursor").asString()).isEqualTo(after);
		assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
		assertThat(handles(second)).containsExactly("mug-2");
		assertThat(second.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
		JsonNode mug = first.get("nodes").get(0);
		assertThat(mug.get("description").asString()).isEqualTo("About Mug 0");
		assertThat(mug.get("priceMin").get("amountMinor").asLong()).isEqualTo(1000);
		assertThat(mug.get("options").get(0).get("values").toString()).isEqualTo("[\"Red\",\"Blue\"]");
		assertThat(mug.get("variants").get(0).get("prices").findValuesAsString("currency")).containsExactly("EUR",
				"USD");
		assertThat(mug.get("images").get(0).get("url").asString()).isEqualTo("https://img.example/mug-0.jpg");
		assertThat(mug.get("collections").findValuesAsString("handle")).containsExactly("sale");
		assertThat(mug.get("tags").toString()).isEqualTo("[\"mugs\"]");
	}

	@Test
	void loadsAPageOfTwentyProductsInAsManyQueriesAsAPageOfTwo() {
		UUID sale = this.rows.collection("sale", "Sale", null);
		for (int i = 0; i < 20; i++) {
			UUID id = this.rows.product("Shirt " + i)
				.tracked()
				.tags("shirts", "cotton")
				.option("Size", "S", "M", "L")
				.variant(List.of("S"), Map.of("EUR", 1000L, "USD", 1100L), 2, 0)
				.variant(List.of("M"), Map.of("EUR", 1000L, "USD", 1100L), 0, 0)
				.variant(List.of("L"), Map.of("EUR", 1000L, "USD", 1100L), 1, 1)
				.image("https://img.example/a.jpg")
				.image("https://img.example/b.jpg")
				.insert();
			this.rows.addToCollection(sale, id);
		}
		String schema = this.shop.route().schema();
		this.sqlStatements.takeCountIn(schema);

		JsonNode twenty = query(PAGE, Map.of("first", 20));
		long forTwenty = this.sqlStatements.takeCountIn(schema);
		JsonNode two = query(PAGE, Map.of("first", 2));
		long forTwo = this.sqlStatements.takeCountIn(schema);

		assertThat(twenty.get("data").get("products").get("nodes").size()).isEqualTo(20);
		assertThat(two.get("data").get("products").get("nodes").size()).isEqualTo(2);
		assertThat(twenty.get("data").get("products").findValues("variants"))
			.allSatisfy((variants) -> assertThat(variants.size()).isEqualTo(3));
		// a figure for the report, not a threshold
		System.out.printf("GraphQL page with every field: %d statements for 20 products, %d for 2%n", forTwenty,
				forTwo);
		// settings, the page's ids, its cards (one statement, docs/adr/0062) and one
		// query
		// per batched field
		assertThat(forTwenty).isEqualTo(forTwo).isLessThanOrEqualTo(12);
	}

	@Test
	void findsAProductByItsCurrentOrOldHandleAndNothingForADraft() {
		UUID id = this.rows.product("Kettle").handle("kettle").price(2500).insert();
		this.rows.redirect("old-kettle", id);
		this.rows.product("Draft").handle("draft").status("draft").price(1).insert();
		String query = "query($h: String!) { product(handle: $h) { handle title priceMin { amountMinor } } }";

		assertThat(query(query, Map.of("h", "kettle")).get("data").get("product").get("title").asString())
			.isEqualTo("Kettle");
		assertThat(query(query, Map.of("h", "old-kettle")).get("data").get("product").get("handle").asString())
			.isEqualTo("kettle");
		assertThat(query(query, Map.of("h", "draft")).get("data").get("product").isNull()).isTrue();
	}

	@Test
	void listsCollectionsAndTheCategoryTree() {
		this.rows.collection("new", "New in", null);
		UUID home = this.rows.category("home", "Home", null);
		this.rows.category("kitchen", "Kitchen", home);

		JsonNode data = query("{ collections { handle title parent } categories { handle children { handle } } }",
				Map.of())
			.get("data");

		assertThat(data.get("collections").findValuesAsString("handle")).containsExactly("new");
		assertThat(data.get("categories").get(0).get("children").get(0).get("handle").asString()).isEqualTo("kitchen");
	}

	@Test
	void refusesAQueryDeeperThanTheLimit() {
		String deep = "{ categories { children { children { children { children { children { children { children { handle } } } } } } } } }";

		Answer refused = post(this.shop.id(), deep, Map.of());
		JsonNode answer = refused.json();

		// GraphQL over HTTP: a request refused before it runs answers 400 to this media
		// type
		assertThat(refused.status()).isEqualTo(400);
		assertThat(answer.get("data")).isNull();
		assertThat(answer.get("errors").get(0).get("message").asString()).contains("maximum query depth exceeded");
	}

	@Test
	void answersTheIntrospectionQueryToolsSendButNotDataHiddenBehindIt() {
		String introspection = """
				{ __schema { queryType { name } types { name fields { name args { name type { ...Ref } }
				  type { ...Ref } } } } }
				fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name
				  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
				""";
		String deep = "{ __typename categories { children { children { children { children { children { children { children { handle } } } } } } } } }";

		JsonNode schema = query(introspection, Map.of());
		Answer refused = post(this.shop.id(), deep, Map.of());

		assertThat(schema.get("errors")).isNull();
		assertThat(schema.get("data").get("__schema").get("queryType").get("name").asString()).isEqualTo("Query");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.contains("maximum query depth exceeded");
	}

	@Test
	void refusesAQueryThatWouldFetchTooManyVariantsButServesAPageOfTwenty() {
		String wide = "{ products(first: %d) { nodes { handle variants { sku prices { amountMinor currency } } } } }";

		Answer refused = post(this.shop.id(), wide.formatted(100), Map.of());
		JsonNode hundred = refused.json();
		JsonNode twenty = query(wide.formatted(20), Map.of());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(hundred.get("errors").get(0).get("message").asString())
			.contains("maximum query complexity exceeded");
		assertThat(twenty.get("errors")).isNull();
		assertThat(twenty.get("data").get("products").get("nodes").isArray()).isTrue();
	}

	@Test
	void answersABadCursorOrPageSizeWithAnErrorNamingTheArgument() {
		JsonNode answer = query("{ products(first: 0, after: \"nonsense\") { nodes { handle } } }", Map.of());

		JsonNode error = answer.get("errors").get(0);
		assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.get("extensions").get("errors").findValuesAsString("field")).containsExactly("first", "after");
	}

	@Test
	void aShopsQueriesNeverSeeAnotherShopsProducts() {
		this.rows.product("Only here").handle("only-here").price(1).insert();
		Shop other = shop("graphql-other");

		Answer answer = post(other.id(), "{ products { nodes { handle } } product(handle: \"only-here\") { id } }",
				Map.of());

		assertThat(answer.body()).doesNotContain("only-here");
		assertThat(answer.json().get("data").get("product").isNull()).isTrue();
	}

	@Test
	void publishesTheSchema() {
		Answer schema = this.runtime.get(this.shop.id(), "/graphql/schema");

		assertThat(schema.status()).isEqualTo(200);
		assertThat(schema.body()).contains("type Query").contains("ProductConnection").contains("scalar MinorUnits");
	}

	private static List<String> handles(JsonNode connection) {
		List<String> handles = new java.util.ArrayList<>();
		connection.get("nodes").forEach((node) -> handles.add(node.get("handle").asString()));
		return handles;
	}

	private JsonNode query(String query, Map<String, Object> variables) {
		Answer answer = post(this.shop.id(), query, variables);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private Answer post(String tenantId, String query, Map<String, Object> variables) {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		return this.runtime.send(this.runtime.request(tenantId, "/graphql")
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}
