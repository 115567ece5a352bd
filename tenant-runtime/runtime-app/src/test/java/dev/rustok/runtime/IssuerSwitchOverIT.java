package dev.rustok.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop realm's switch-over to {@code auth.<domain>} on a runtime node whose public
 * Keycloak URL is set (docs/adr/0107): the shop's tokens issued before its realm moved
 * (Keycloak's own address) and after (the public URL) are both a staff member's; another
 * shop's token under either issuer, and the shop's own under an unrelated issuer, are 401
 * and change nothing.
 */
class IssuerSwitchOverIT extends RuntimeNodeTest {

	static final String PUBLIC_KEYCLOAK = "http://auth.localhost:" + FreePorts.next();

	static final KeycloakTokens TOKENS = new KeycloakTokens(RuntimePlatform.KEYCLOAK);

	static final HttpClient HTTP = HttpClient.newHttpClient();

	// another Keycloak setting makes another application context in this JVM: it joins
	// the tests' cluster as a member of its own, with its own management port
	private static final int CLUSTER_PORT = FreePorts.next();

	private static final int MANAGEMENT_PORT = FreePorts.next();

	@DynamicPropertySource
	static void node(DynamicPropertyRegistry registry) {
		RuntimePlatform.anotherNode(registry, CLUSTER_PORT, MANAGEMENT_PORT);
		registry.add("rustok.keycloak.public-url", () -> PUBLIC_KEYCLOAK);
	}

	@Test
	void acceptsTheShopsTokensIssuedBeforeAndAfterItsRealmMoved() {
		Shop shop = shop("switch-over-own");
		String before = tokenOf(shop);
		moveRealm(shop, PUBLIC_KEYCLOAK);
		String after = tokenOf(shop);
		assertThat(issuerOf(before)).isEqualTo(RuntimePlatform.KEYCLOAK.baseUrl() + "/realms/" + shop.route().realm());
		assertThat(issuerOf(after)).isEqualTo(PUBLIC_KEYCLOAK + "/realms/" + shop.route().realm());

		Answer byTheOldIssuer = create(shop, before, "OLD-ISS");
		Answer byTheNewIssuer = create(shop, after, "NEW-ISS");

		assertThat(byTheOldIssuer.status()).as(byTheOldIssuer.body()).isEqualTo(201);
		assertThat(byTheNewIssuer.status()).as(byTheNewIssuer.body()).isEqualTo(201);
		assertThat(shop.skusInOwnSchema()).contains("OLD-ISS", "NEW-ISS");
	}

	@Test
	void rejectsATokenFromAnotherTenantUnderEitherOfItsIssuers() {
		Shop shop = shop("switch-over-target");
		Shop other = shop("switch-over-other");
		String before = tokenOf(other);
		moveRealm(other, PUBLIC_KEYCLOAK);
		String after = tokenOf(other);
		assertThat(issuerOf(after)).isEqualTo(PUBLIC_KEYCLOAK + "/realms/" + other.route().realm());

		Answer byTheOldIssuer = create(shop, before, "FOREIGN-OLD");
		Answer byTheNewIssuer = create(shop, after, "FOREIGN-NEW");

		assertThat(byTheOldIssuer.status()).isEqualTo(401);
		assertThat(byTheNewIssuer.status()).isEqualTo(401);
		assertThat(byTheNewIssuer.contentType()).startsWith("application/problem+json");
		assertThat(shop.skusInOwnSchema()).doesNotContain("FOREIGN-OLD", "FOREIGN-NEW");
		assertThat(other.skusInOwnSchema()).doesNotContain("FOREIGN-OLD", "FOREIGN-NEW");
	}

	@Test
	void rejectsTheShopsOwnTokenUnderAnUnrelatedIssuer() {
		Shop shop = shop("switch-over-elsewhere");
		moveRealm(shop, "http://auth.elsewhere.example");
		String token = tokenOf(shop);
		assertThat(issuerOf(token)).isEqualTo("http://auth.elsewhere.example/realms/" + shop.route().realm());

		Answer answer = create(shop, token, "ELSEWHERE");

		assertThat(answer.status()).isEqualTo(401);
		assertThat(shop.skusInOwnSchema()).doesNotContain("ELSEWHERE");
	}

	private Answer create(Shop shop, String token, String sku) {
		return this.runtime.createProduct(shop.id(), token,
				RuntimeClient.productJson(sku, "Product " + sku, 100, "EUR"));
	}

	// a fresh token each time: the shared owner token is cached, with the issuer it had
	private static String tokenOf(Shop shop) {
		return TOKENS.devCliToken(shop.route().realm(), shop.ownerEmail(), RuntimePlatform.OWNER_PASSWORD);
	}

	private static String issuerOf(String token) {
		return KeycloakTokens.claims(token).path("iss").asString();
	}

	// what the realm upgrade does (docs/adr/0097): the realm's frontend URL, and so its
	// tokens' issuer, moves
	private static void moveRealm(Shop shop, String frontendUrl) {
		try {
			HttpResponse<String> moved = HTTP.send(HttpRequest
				.newBuilder(URI.create(RuntimePlatform.KEYCLOAK.baseUrl() + "/admin/realms/" + shop.route().realm()))
				.header("Authorization", "Bearer " + TOKENS.adminToken())
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"attributes\":{\"frontendUrl\":\"" + frontendUrl + "\"}}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
