package dev.rustok.runtime;

import java.net.http.HttpRequest;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role of the shop's realm (and a token of another shop) against every admin
 * endpoint of the catalogue, through HTTP on the real runtime and Keycloak
 * (docs/adr/0028): owner and admin manage everything, editor the catalogue, viewer only
 * reads; customers, users without a role and other shops' staff get nothing. A refused
 * call changes nothing stored.
 */
class CatalogRolesIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "roles-pass-" + UUID.randomUUID();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final Set<String> READERS = Set.of("owner", "admin", "editor", "viewer");

	private static final Set<String> CATALOGUE_WRITERS = Set.of("owner", "admin", "editor");

	private static final Set<String> SETTINGS_WRITERS = Set.of("owner", "admin");

	/** Who may call it, and what such a call answers. */
	enum Endpoint {

		LIST_PRODUCTS("GET", READERS, 200), READ_PRODUCT("GET", READERS, 200),
		CREATE_PRODUCT("POST", CATALOGUE_WRITERS, 201), REPLACE_PRODUCT("PUT", CATALOGUE_WRITERS, 200),
		ARCHIVE_PRODUCT("POST", CATALOGUE_WRITERS, 200), DELETE_PRODUCT("DELETE", CATALOGUE_WRITERS, 204),
		LIST_COLLECTIONS("GET", READERS, 200), READ_COLLECTION("GET", READERS, 200),
		CREATE_COLLECTION("POST", CATALOGUE_WRITERS, 201), REPLACE_COLLECTION("PUT", CATALOGUE_WRITERS, 200),
		DELETE_COLLECTION("DELETE", CATALOGUE_WRITERS, 204), BULK_PRICES("POST", CATALOGUE_WRITERS, 200),
		LIST_CATEGORIES("GET", READERS, 200), READ_CATEGORY("GET", READERS, 200),
		CREATE_CATEGORY("POST", CATALOGUE_WRITERS, 201), REPLACE_CATEGORY("PUT", CATALOGUE_WRITERS, 200),
		DELETE_CATEGORY("DELETE", CATALOGUE_WRITERS, 204), READ_SETTINGS("GET", READERS, 200),
		CHANGE_SETTINGS("PUT", SETTINGS_WRITERS, 200);

		final String method;

		final Set<String> allowed;

		final int success;

		Endpoint(String method, Set<String> allowed, int success) {
			this.method = method;
			this.allowed = allowed;
			this.success = success;
		}

	}

	static Stream<Arguments> everyRoleAgainstEveryEndpoint() {
		List<Arguments> cases = new ArrayList<>();
		for (String role : List.of("owner", "admin", "editor", "viewer", "customer", "no-role", "other-shop")) {
			for (Endpoint endpoint : Endpoint.values()) {
				cases.add(Arguments.of(role, endpoint));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleAgainstEveryEndpoint")
	void answersEachRoleAsTheRoleTableSays(String role, Endpoint endpoint) {
		Shop shop = shop("roles");
		Target target = prepare(shop, endpoint);
		Map<String, String> before = shop.catalogState();

		Answer answer = call(shop, token(shop, role), endpoint, target);

		int expected = role.equals("other-shop") ? 401 : endpoint.allowed.contains(role) ? endpoint.success : 403;
		assertThat(answer.status()).as(role + " " + endpoint + ": " + answer.body()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(shop.catalogState()).as("nothing changed").isEqualTo(before);
		}
	}

	/**
	 * What the call acts on: fresh rows for each case, so that cases do not interfere.
	 */
	record Target(String path, String body) {

	}

	private Target prepare(Shop shop, Endpoint endpoint) {
		String owner = shop.ownerToken();
		String sku = CatalogApiIT.sku("ROLE");
		String product = RuntimeClient.productJson(sku, "Role product", 100, "EUR");
		return switch (endpoint) {
			case LIST_PRODUCTS -> new Target("/api/admin/products", null);
			case CREATE_PRODUCT -> new Target("/api/admin/products", product);
			case READ_PRODUCT, ARCHIVE_PRODUCT, DELETE_PRODUCT, REPLACE_PRODUCT -> {
				String path = created(shop, owner, "/api/admin/products", product);
				yield switch (endpoint) {
					case ARCHIVE_PRODUCT -> new Target(path + "/archive", "");
					case DELETE_PRODUCT -> new Target(path + "?version=1", null);
					case REPLACE_PRODUCT -> new Target(path, product.replaceFirst("\\{", "{\"version\":1,"));
					default -> new Target(path, null);
				};
			}
			case LIST_COLLECTIONS -> new Target("/api/admin/collections", null);
			case CREATE_COLLECTION -> new Target("/api/admin/collections", "{\"title\":\"Role collection\"}");
			case READ_COLLECTION, REPLACE_COLLECTION, DELETE_COLLECTION, BULK_PRICES -> {
				String path = created(shop, owner, "/api/admin/collections", "{\"title\":\"Role collection\"}");
				yield switch (endpoint) {
					case REPLACE_COLLECTION -> new Target(path, "{\"title\":\"Renamed\",\"version\":1}");
					case DELETE_COLLECTION -> new Target(path + "?version=1", null);
					case BULK_PRICES -> new Target(path + "/prices", "{\"currency\":\"EUR\",\"percent\":-10}");
					default -> new Target(path, null);
				};
			}
			case LIST_CATEGORIES -> new Target("/api/admin/categories", null);
			case CREATE_CATEGORY -> new Target("/api/admin/categories", "{\"name\":\"Role category\"}");
			case READ_CATEGORY, REPLACE_CATEGORY, DELETE_CATEGORY -> {
				String path = created(shop, owner, "/api/admin/categories", "{\"name\":\"Role category\"}");
				yield switch (endpoint) {
					case REPLACE_CATEGORY -> new Target(path, "{\"name\":\"Renamed\",\"version\":1}");
					case DELETE_CATEGORY -> new Target(path + "?version=1", null);
					default -> new Target(path, null);
				};
			}
			case READ_SETTINGS -> new Target("/api/admin/settings", null);
			case CHANGE_SETTINGS -> new Target("/api/admin/settings", "{\"currencies\":[\"EUR\",\"USD\",\"GBP\"]}");
		};
	}

	private String created(Shop shop, String owner, String collectionPath, String json) {
		Answer created = this.runtime.post(shop.id(), owner, collectionPath, json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.header("Location");
	}

	private Answer call(Shop shop, String token, Endpoint endpoint, Target target) {
		HttpRequest.Builder request = this.runtime.request(shop.id(), target.path())
			.header("Authorization", "Bearer " + token);
		HttpRequest.BodyPublisher body = (target.body() != null) ? HttpRequest.BodyPublishers.ofString(target.body())
				: HttpRequest.BodyPublishers.noBody();
		if (target.body() != null) {
			request.header("Content-Type", "application/json");
		}
		return this.runtime.send(request.method(endpoint.method, body));
	}

	/**
	 * A token of a user of the shop's realm with exactly this role (one user per role).
	 */
	private String token(Shop shop, String role) {
		if (role.equals("owner")) {
			return shop.ownerToken();
		}
		if (role.equals("other-shop")) {
			return shop("roles-other").ownerToken();
		}
		return TOKENS.computeIfAbsent(role, (name) -> {
			String username = name + "-" + UUID.randomUUID() + "@roles.example";
			StaffUsers.create(shop.route().realm(), username, PASSWORD,
					name.equals("no-role") ? List.of() : List.of(name));
			return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), username, PASSWORD);
		});
	}

}
