package dev.rustok.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A realm's switch-over to {@code auth.<domain>} at the edge (docs/adr/0107), against the
 * run's real Keycloak: while a shop realm's frontend URL moves from Keycloak's own
 * address to the public one, its tokens under either issuer reach the shop; another
 * realm's token under either issuer, or the shop's own under any other issuer, is refused
 * before the runtime sees it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IssuerSwitchOverIT {

	static final String PASSWORD = "switch-over-password-1";

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	static final String PUBLIC_KEYCLOAK = "http://auth." + TenantRoutesFixture.DOMAIN + ":" + FreePorts.next();

	static final TenantRoute SHOP = activeTenant("switch-a-" + SUFFIX);

	static final TenantRoute OTHER_SHOP = activeTenant("switch-b-" + SUFFIX);

	static final TenantRoute ELSEWHERE_SHOP = activeTenant("switch-c-" + SUFFIX);

	static final String CLUSTER = "issuer-switch-over-it-" + UUID.randomUUID();

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
		for (TenantRoute route : List.of(SHOP, OTHER_SHOP, ELSEWHERE_SHOP)) {
			createRealm(route);
			TenantRouteMaps.byTenantId(platformMember).set(route.tenantId(), route);
			TenantRouteMaps.byHost(platformMember).set(route.host(), route);
		}
	}

	@AfterAll
	static void stopPlatform() {
		for (TenantRoute route : List.of(SHOP, OTHER_SHOP, ELSEWHERE_SHOP)) {
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
		registry.add("rustok.keycloak.public-url", () -> PUBLIC_KEYCLOAK);
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
	void aTokenIssuedBeforeTheRealmMovedAndOneIssuedAfterBothReachTheShop() {
		String before = tokenOf(SHOP);
		moveRealm(SHOP, PUBLIC_KEYCLOAK);
		String after = tokenOf(SHOP);
		assertThat(issuerOf(before)).isEqualTo(keycloak.baseUrl() + "/realms/" + SHOP.realm());
		assertThat(issuerOf(after)).isEqualTo(PUBLIC_KEYCLOAK + "/realms/" + SHOP.realm());

		call(SHOP, "/api/admin/issued-before", before).expectStatus().isOk();
		call(SHOP, "/api/admin/issued-after", after).expectStatus().isOk();

		assertThat(runtime.receivedAt("/api/admin/issued-before")).singleElement()
			.satisfies((request) -> assertThat(request.header("Authorization")).containsExactly("Bearer " + before));
		assertThat(runtime.receivedAt("/api/admin/issued-after")).singleElement()
			.satisfies((request) -> assertThat(request.header("Authorization")).containsExactly("Bearer " + after));
	}

	@Test
	void anotherShopsTokenIsRefusedUnderEitherOfItsIssuers() {
		String before = tokenOf(OTHER_SHOP);
		moveRealm(OTHER_SHOP, PUBLIC_KEYCLOAK);
		String after = tokenOf(OTHER_SHOP);
		assertThat(issuerOf(before)).isEqualTo(keycloak.baseUrl() + "/realms/" + OTHER_SHOP.realm());
		assertThat(issuerOf(after)).isEqualTo(PUBLIC_KEYCLOAK + "/realms/" + OTHER_SHOP.realm());

		assertRefusedAtTheEdge(SHOP, "/other-realm-before", before);
		assertRefusedAtTheEdge(SHOP, "/other-realm-after", after);
	}

	@Test
	void theShopsOwnTokenUnderAnUnrelatedIssuerIsRefused() {
		moveRealm(ELSEWHERE_SHOP, "http://auth.elsewhere.example");
		String token = tokenOf(ELSEWHERE_SHOP);
		assertThat(issuerOf(token)).isEqualTo("http://auth.elsewhere.example/realms/" + ELSEWHERE_SHOP.realm());

		assertRefusedAtTheEdge(ELSEWHERE_SHOP, "/unrelated-issuer", token);
	}

	private void assertRefusedAtTheEdge(TenantRoute shop, String path, String token) {
		String problem = call(shop, path, token).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem).contains("urn:rustok:problem:invalid-token", "\"field\":\"Authorization\"");
		assertThat(runtime.receivedAt(path)).as("the runtime never saw it").isEmpty();
	}

	private WebTestClient.ResponseSpec call(TenantRoute shop, String path, String token) {
		return this.client.get()
			.uri(path)
			.header("Host", shop.host())
			.header("Authorization", "Bearer " + token)
			.exchange();
	}

	private static String tokenOf(TenantRoute shop) {
		return tokens.devCliToken(shop.realm(), "owner", PASSWORD);
	}

	private static String issuerOf(String token) {
		return KeycloakTokens.claims(token).path("iss").asString();
	}

	// what the realm upgrade does (docs/adr/0097): the realm's frontend URL, and so its
	// tokens' issuer, moves
	private static void moveRealm(TenantRoute shop, String frontendUrl) {
		HttpResponse<String> moved = admin("PUT", "/admin/realms/" + shop.realm(),
				"{\"attributes\":{\"frontendUrl\":\"" + frontendUrl + "\"}}");
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
	}

	// a shop realm made before the auth host: Keycloak's own address is its issuer
	private static void createRealm(TenantRoute shop) {
		String realm = """
				{"realm":"%s","enabled":true,
				 "clients":[{"clientId":"%s","publicClient":true,"standardFlowEnabled":false,
				   "directAccessGrantsEnabled":true,
				   "protocolMappers":[{"name":"shop-api-audience","protocol":"openid-connect",
				     "protocolMapper":"oidc-audience-mapper",
				     "config":{"included.custom.audience":"%s","access.token.claim":"true"}}]}],
				 "users":[{"username":"owner","enabled":true,"email":"owner@%s.example","emailVerified":true,
				   "firstName":"Shop","lastName":"Owner",
				   "credentials":[{"type":"password","value":"%s","temporary":false}]}]}""".formatted(shop.realm(),
				KeycloakTokens.DEV_CLI_CLIENT, TenantNames.audience(shop.tenantId()), shop.tenantId(), PASSWORD);
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

}
