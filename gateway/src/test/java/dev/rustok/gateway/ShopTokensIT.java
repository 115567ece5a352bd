package dev.rustok.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens checked at the gateway against the run's real Keycloak: each shop has its own
 * realm, and only that realm's tokens reach the shop's runtime. Every refusal is a 401
 * problem answered before any runtime work, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ShopTokensIT {

	static final String PASSWORD = "edge-token-password-1";

	static final String OTHER_CLIENT = "reports";

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	static final TenantRoute SHOP = activeTenant("tokens-a-" + SUFFIX);

	static final TenantRoute OTHER_SHOP = activeTenant("tokens-b-" + SUFFIX);

	static final TenantRoute SHORT_LIVED_SHOP = activeTenant("tokens-c-" + SUFFIX);

	static final String CLUSTER = "shop-tokens-it-" + UUID.randomUUID();

	static final int PLATFORM_MEMBER_PORT = FreePorts.next();

	static final int GATEWAY_MEMBER_PORT = FreePorts.next();

	static final List<String> MEMBERS = List.of("127.0.0.1:" + PLATFORM_MEMBER_PORT,
			"127.0.0.1:" + GATEWAY_MEMBER_PORT);

	static final KeycloakServer keycloak = KeycloakServer.shared();

	static final KeycloakTokens tokens = new KeycloakTokens(keycloak);

	static final HttpClient http = HttpClient.newHttpClient();

	static RecordingBackend runtime;

	static RecordingBackend controlPlane;

	static HazelcastInstance platformMember;

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeAll
	static void startPlatform() {
		runtime = RecordingBackend.start("runtime");
		controlPlane = RecordingBackend.start("control-plane");
		platformMember = PlatformCluster.start(ClusterSettings.onLoopback(CLUSTER, PLATFORM_MEMBER_PORT, MEMBERS));
		createRealm(SHOP, 300);
		createRealm(OTHER_SHOP, 300);
		createRealm(SHORT_LIVED_SHOP, 1);
		for (TenantRoute route : List.of(SHOP, OTHER_SHOP, SHORT_LIVED_SHOP)) {
			TenantRouteMaps.byTenantId(platformMember).set(route.tenantId(), route);
			TenantRouteMaps.byHost(platformMember).set(route.host(), route);
		}
	}

	@AfterAll
	static void stopPlatform() {
		for (TenantRoute route : List.of(SHOP, OTHER_SHOP, SHORT_LIVED_SHOP)) {
			admin("DELETE", "/admin/realms/" + route.realm(), null);
		}
		platformMember.shutdown();
		runtime.close();
		controlPlane.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("rustok.cluster.name", () -> CLUSTER);
		registry.add("rustok.cluster.port", () -> GATEWAY_MEMBER_PORT);
		registry.add("rustok.cluster.members", () -> String.join(",", MEMBERS));
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", FreePorts::next);
		registry.add("rustok.keycloak.url", keycloak::baseUrl);
	}

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		await().atMost(Duration.ofMinutes(1)).until(() -> platformMember.getCluster().getMembers().size() == 2);
	}

	@Test
	void aTokenOfTheShopsOwnRealmReachesTheShop() {
		String token = tokenOf(SHOP);
		assertThat(KeycloakTokens.claims(token).path("aud").toString()).contains(TenantNames.audience(SHOP.tenantId()));

		call(SHOP, "/api/admin/products", "Bearer " + token).expectStatus().isOk();

		assertThat(runtime.receivedAt("/api/admin/products")).isNotEmpty()
			.allSatisfy((request) -> assertThat(request.header("Authorization")).containsExactly("Bearer " + token));
	}

	@Test
	void aTokenOfAnotherShopsRealmIsRefusedBeforeTheRuntimeSeesIt() {
		assertRefusedAtTheEdge("/other-realm", "Bearer " + tokenOf(OTHER_SHOP));
	}

	private static Instant expiryOf(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		Matcher exp = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)").matcher(payload);
		assertThat(exp.find()).as("the token names its expiry").isTrue();
		return Instant.ofEpochSecond(Long.parseLong(exp.group(1)));
	}

	@Test
	void anExpiredTokenIsRefused() {
		String token = tokenOf(SHORT_LIVED_SHOP);
		// a one-second token, past its expiry plus the five seconds of clock skew the
		// gateway allows
		Instant expired = expiryOf(token).plusSeconds(6);
		await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(expired));

		EntityExchangeResult<String> refused = call(SHORT_LIVED_SHOP, "/expired", "Bearer " + token).expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.returnResult();

		assertThat(refused.getResponseBody()).contains("urn:rustok:problem:invalid-token");
		assertThat(runtime.receivedAt("/expired")).isEmpty();
	}

	@Test
	void aTokenWithAForgedSignatureIsRefused() {
		String token = tokenOf(SHOP);
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

		assertRefusedAtTheEdge("/forged", "Bearer " + forged);
	}

	@Test
	void anUnsignedTokenWithAlgNoneIsRefused() {
		String[] parts = tokenOf(SHOP).split("\\.");
		String none = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";

		assertRefusedAtTheEdge("/alg-none", "Bearer " + none);
	}

	@Test
	void aTokenOfTheShopsRealmNotMeantForTheShopsApiIsRefused() {
		String token = tokens.passwordGrant(SHOP.realm(), OTHER_CLIENT, "owner", PASSWORD);
		assertThat(KeycloakTokens.claims(token).path("iss").asString()).endsWith("/realms/" + SHOP.realm());
		assertThat(KeycloakTokens.claims(token).path("aud").toString())
			.doesNotContain(TenantNames.audience(SHOP.tenantId()));

		assertRefusedAtTheEdge("/wrong-audience", "Bearer " + token);
	}

	@Test
	void somethingThatIsNoBearerTokenIsRefused() {
		assertRefusedAtTheEdge("/garbage", "Bearer not-a-jwt");
		assertRefusedAtTheEdge("/basic", "Basic b3duZXI6cGFzc3dvcmQ=");
		assertRefusedAtTheEdge("/empty", "Bearer ");
	}

	@Test
	void theAdminApiNeedsATokenTheStorefrontDoesNot() {
		assertRefusedAtTheEdge("/api/admin/settings", null);

		this.client.get().uri("/browsing").header("Host", SHOP.host()).exchange().expectStatus().isOk();
	}

	@Test
	void theCustomerAccountApiNeedsATokenButTheSignInRedirectsAndStoreReadsDoNot() {
		assertRefusedAtTheEdge("/api/store/customer", null);
		assertRefusedAtTheEdge("/api/store/customer/orders", null);

		for (String open : List.of("/auth/callback", "/account", "/api/store/customers-like-path")) {
			this.client.get().uri(open).header("Host", SHOP.host()).exchange().expectStatus().isOk();
		}
		assertThat(runtime.receivedAt("/auth/callback")).hasSize(1);
	}

	@Test
	void aTokenSignedWithAKeyTheRealmAddedLaterIsAcceptedAfterTheKeysAreFetchedAgain() {
		call(SHOP, "/before-rotation", "Bearer " + tokenOf(SHOP)).expectStatus().isOk();
		HttpResponse<String> added = admin("POST", "/admin/realms/" + SHOP.realm() + "/components",
				"{\"name\":\"rotated-" + SUFFIX + "\",\"providerId\":\"rsa-generated\","
						+ "\"providerType\":\"org.keycloak.keys.KeyProvider\","
						+ "\"config\":{\"priority\":[\"500\"],\"active\":[\"true\"],\"enabled\":[\"true\"]}}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

		String rotated = tokenOf(SHOP);

		call(SHOP, "/after-rotation", "Bearer " + rotated).expectStatus().isOk();
		assertThat(runtime.receivedAt("/after-rotation")).hasSize(1);
	}

	private void assertRefusedAtTheEdge(String path, String authorization) {
		EntityExchangeResult<String> refused = call(SHOP, path, authorization).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
			.expectBody(String.class)
			.returnResult();
		assertThat(refused.getResponseBody()).contains("urn:rustok:problem:invalid-token",
				"\"field\":\"Authorization\"");
		assertThat(runtime.receivedAt(path)).as("the runtime never saw it").isEmpty();
	}

	private WebTestClient.ResponseSpec call(TenantRoute shop, String path, String authorization) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri(path).header("Host", shop.host());
		if (authorization != null) {
			request = request.header("Authorization", authorization);
		}
		return request.exchange();
	}

	private static String tokenOf(TenantRoute shop) {
		return tokens.devCliToken(shop.realm(), "owner", PASSWORD);
	}

	// like provisioning's realm: the password-grant client puts the shop's API in the
	// audience; "reports" stands for a client added to the realm without it
	private static void createRealm(TenantRoute shop, int accessTokenSeconds) {
		String realm = """
				{"realm":"%s","enabled":true,"accessTokenLifespan":%d,
				 "clients":[{"clientId":"%s","publicClient":true,"standardFlowEnabled":false,
				   "directAccessGrantsEnabled":true,
				   "protocolMappers":[{"name":"shop-api-audience","protocol":"openid-connect",
				     "protocolMapper":"oidc-audience-mapper",
				     "config":{"included.custom.audience":"%s","access.token.claim":"true"}}]},
				  {"clientId":"%s","publicClient":true,"standardFlowEnabled":false,
				   "directAccessGrantsEnabled":true}],
				 "users":[{"username":"owner","enabled":true,"email":"owner@%s.example","emailVerified":true,
				   "firstName":"Shop","lastName":"Owner",
				   "credentials":[{"type":"password","value":"%s","temporary":false}]}]}""".formatted(shop.realm(),
				accessTokenSeconds, KeycloakTokens.DEV_CLI_CLIENT, TenantNames.audience(shop.tenantId()), OTHER_CLIENT,
				shop.tenantId(), PASSWORD);
		HttpResponse<String> created = admin("POST", "/admin/realms", realm);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private static HttpResponse<String> admin(String method, String path, String body) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
				.header("Authorization", "Bearer " + tokens.adminToken())
				.header("Content-Type", "application/json")
				.method(method,
						(body != null) ? HttpRequest.BodyPublishers.ofString(body)
								: HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
