package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role of the shop's realm, an anonymous caller and a token of another shop against
 * every admin query and mutation of the catalogue at /graphql, on the real runtime and
 * Keycloak (docs/adr/0047): the same table as the REST API's ({@link CatalogRolesIT}). A
 * refused call changes nothing stored.
 */
class CatalogGraphQlRolesIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "graphql-roles-pass-" + UUID.randomUUID();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final Set<String> READERS = Set.of("owner", "admin", "editor", "viewer");

	private static final Set<String> CATALOGUE_WRITERS = Set.of("owner", "admin", "editor");

	private static final String PRODUCT_INPUT = """
			{title: "Role product", status: "active",
			 variants: [{sku: "%s", prices: [{currency: "EUR", amountMinor: 100}]}]%s}""";

	/** Who may call it, and the operation (with {@code %s} for the target's id). */
	enum Operation {

		ADMIN_PRODUCT(READERS, "{ adminProduct(id: \"%s\") { id version } }"),
		ADMIN_PRODUCTS(READERS, "{ adminProducts { items { id } next } }"),
		ADMIN_COLLECTIONS(READERS, "{ adminCollections { id } }"),
		ADMIN_CATEGORIES(READERS, "{ adminCategories { id } }"),
		CREATE_PRODUCT(CATALOGUE_WRITERS, "mutation { createProduct(input: %s) { id } }"),
		UPDATE_PRODUCT(CATALOGUE_WRITERS, "mutation { updateProduct(id: \"%s\", input: %s) { version } }"),
		ARCHIVE_PRODUCT(CATALOGUE_WRITERS, "mutation { archiveProduct(id: \"%s\") { status } }"),
		DELETE_PRODUCT(CATALOGUE_WRITERS, "mutation { deleteProduct(id: \"%s\", version: 1) }"),
		CREATE_COLLECTION(CATALOGUE_WRITERS,
				"mutation { createCollection(input: {title: \"Role collection\"}) { id } }"),
		UPDATE_COLLECTION(CATALOGUE_WRITERS,
				"mutation { updateCollection(id: \"%s\", input: {title: \"Renamed\", version: 1}) { version } }"),
		DELETE_COLLECTION(CATALOGUE_WRITERS, "mutation { deleteCollection(id: \"%s\", version: 1) }"),
		BULK_PRICES(CATALOGUE_WRITERS,
				"mutation { changeCollectionPrices(id: \"%s\", currency: \"EUR\", percent: -10) }"),
		CREATE_CATEGORY(CATALOGUE_WRITERS, "mutation { createCategory(input: {name: \"Role category\"}) { id } }"),
		UPDATE_CATEGORY(CATALOGUE_WRITERS,
				"mutation { updateCategory(id: \"%s\", input: {name: \"Renamed\", version: 1}) { version } }"),
		DELETE_CATEGORY(CATALOGUE_WRITERS, "mutation { deleteCategory(id: \"%s\", version: 1) }");

		final Set<String> allowed;

		final String operation;

		Operation(Set<String> allowed, String operation) {
			this.allowed = allowed;
			this.operation = operation;
		}

		String field() {
			return this.operation.replaceFirst("^(mutation )?\\{ (\\w+).*", "$2");
		}

	}

	static Stream<Arguments> everyRoleAgainstEveryOperation() {
		List<Arguments> cases = new ArrayList<>();
		for (String role : List.of("owner", "admin", "editor", "viewer", "customer", "no-role", "anonymous",
				"other-shop")) {
			for (Operation operation : Operation.values()) {
				cases.add(Arguments.of(role, operation));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleAgainstEveryOperation")
	void answersEachRoleAsTheRoleTableSays(String role, Operation operation) {
		Shop shop = shop("roles");
		String query = prepare(shop, operation);
		Map<String, String> before = shop.catalogState();

		Answer answer = this.runtime.graphql(shop.id(), token(shop, role), query, Map.of());

		if (role.equals("other-shop")) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(401);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(shop.catalogState()).as("nothing changed").isEqualTo(before);
			return;
		}
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode body = answer.json();
		if (operation.allowed.contains(role)) {
			assertThat(body.has("errors")).as(role + " " + operation + ": " + answer.body()).isFalse();
			assertThat(body.get("data").get(operation.field()).isNull()).as(answer.body()).isFalse();
		}
		else {
			assertThat(body.get("errors").get(0).get("extensions").get("classification").asString())
				.as(role + " " + operation + ": " + answer.body())
				.isEqualTo(role.equals("anonymous") ? "UNAUTHORIZED" : "FORBIDDEN");
			// a refused non-null field nulls the whole data
			assertThat(body.get("data").isNull() || body.get("data").get(operation.field()).isNull()).as(answer.body())
				.isTrue();
			assertThat(shop.catalogState()).as("nothing changed").isEqualTo(before);
		}
	}

	/** The operation on fresh rows for each case, so that cases do not interfere. */
	private String prepare(Shop shop, Operation operation) {
		String sku = CatalogApiIT.sku("GQLROLE");
		return switch (operation) {
			case CREATE_PRODUCT -> operation.operation.formatted(PRODUCT_INPUT.formatted(sku, ""));
			case UPDATE_PRODUCT ->
				operation.operation.formatted(product(shop, sku), PRODUCT_INPUT.formatted(sku, ", version: 1"));
			case ADMIN_PRODUCT, ARCHIVE_PRODUCT, DELETE_PRODUCT -> operation.operation.formatted(product(shop, sku));
			case UPDATE_COLLECTION, DELETE_COLLECTION, BULK_PRICES -> operation.operation
				.formatted(created(shop, "/api/admin/collections", "{\"title\":\"Role collection\"}"));
			case UPDATE_CATEGORY, DELETE_CATEGORY ->
				operation.operation.formatted(created(shop, "/api/admin/categories", "{\"name\":\"Role category\"}"));
			case ADMIN_PRODUCTS, ADMIN_COLLECTIONS, ADMIN_CATEGORIES, CREATE_COLLECTION, CREATE_CATEGORY ->
				operation.operation;
		};
	}

	private String product(Shop shop, String sku) {
		return created(shop, "/api/admin/products", RuntimeClient.productJson(sku, "Role product", 100, "EUR"));
	}

	private String created(Shop shop, String path, String json) {
		Answer created = this.runtime.post(shop.id(), shop.ownerToken(), path, json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	/**
	 * A token of a user of the shop's realm with exactly this role (one user per role).
	 */
	private String token(Shop shop, String role) {
		return switch (role) {
			case "owner" -> shop.ownerToken();
			case "anonymous" -> null;
			case "other-shop" -> shop("roles-other").ownerToken();
			default -> TOKENS.computeIfAbsent(role, (name) -> {
				String username = name + "-" + UUID.randomUUID() + "@graphql-roles.example";
				StaffUsers.create(shop.route().realm(), username, PASSWORD,
						name.equals("no-role") ? List.of() : List.of(name));
				return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), username,
						PASSWORD);
			});
		};
	}

}
