package dev.rustok.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.core.HazelcastInstance;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.devservices.FreePorts;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak served on {@code auth.<domain>} through the gateway (docs/adr/0091), against
 * the run's real Keycloak: password and token attempts are counted per client address
 * (named in {@code X-Forwarded-For} by the trusted proxy on loopback), and a shop realm
 * whose frontend URL is the gateway signs a real browser in with PKCE, its token issued
 * by {@code auth.<domain>} and accepted at the shop's edge.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class KeycloakThroughTheGatewayIT {

	static final int LOGINS_PER_MINUTE = 5;

	static final String DOMAIN = "localhost";

	static final int GATEWAY_PORT = FreePorts.next();

	static final String AUTH_HOST = "auth." + DOMAIN + ":" + GATEWAY_PORT;

	static final String PUBLIC_KEYCLOAK = "http://" + AUTH_HOST;

	static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	static final TenantRoute SHOP = new TenantRoute("kc-edge-" + SUFFIX + "." + DOMAIN, "kc-edge-" + SUFFIX,
			TenantStatus.ACTIVE, TenantNames.realm("kc-edge-" + SUFFIX), "trial", "t_kc_edge");

	static final String SHOP_ORIGIN = "http://" + SHOP.host() + ":" + GATEWAY_PORT;

	static final String CALLBACK = SHOP_ORIGIN + "/admin/auth/callback";

	static final String PASSWORD = "through-the-gateway-1";

	// a realm on the same Keycloak that is neither a shop's nor the platform's
	static final String OTHER_REALM = "internal-" + SUFFIX;

	static final String CLUSTER = "keycloak-edge-it-" + UUID.randomUUID();

	static final int PLATFORM_MEMBER_PORT = FreePorts.next();

	static final int GATEWAY_MEMBER_PORT = FreePorts.next();

	static final List<String> MEMBERS = List.of("127.0.0.1:" + PLATFORM_MEMBER_PORT,
			"127.0.0.1:" + GATEWAY_MEMBER_PORT);

	static final KeycloakServer keycloak = KeycloakServer.shared();

	static final KeycloakTokens tokens = new KeycloakTokens(keycloak);

	static final HttpClient http = HttpClient.newHttpClient();

	static final AtomicInteger clients = new AtomicInteger();

	static RecordingBackend runtime;

	static RecordingBackend controlPlane;

	static HazelcastInstance platformMember;

	WebTestClient client;

	@BeforeAll
	static void startPlatform() {
		runtime = RecordingBackend.start("runtime");
		controlPlane = RecordingBackend.start("control-plane");
		platformMember = PlatformCluster.start(ClusterSettings.onLoopback(CLUSTER, PLATFORM_MEMBER_PORT, MEMBERS));
		createShopRealm();
		admin("POST", "/admin/realms", """
				{"realm":"%s","enabled":true}""".formatted(OTHER_REALM));
		TenantRouteMaps.byTenantId(platformMember).set(SHOP.tenantId(), SHOP);
		TenantRouteMaps.byHost(platformMember).set(SHOP.host(), SHOP);
	}

	@AfterAll
	static void stopPlatform() {
		admin("DELETE", "/admin/realms/" + SHOP.realm(), null);
		admin("DELETE", "/admin/realms/" + OTHER_REALM, null);
		platformMember.shutdown();
		runtime.close();
		controlPlane.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> GATEWAY_PORT);
		registry.add("rustok.cluster.name", () -> CLUSTER);
		registry.add("rustok.cluster.port", () -> GATEWAY_MEMBER_PORT);
		registry.add("rustok.cluster.members", () -> String.join(",", MEMBERS));
		registry.add("rustok.platform.domain", () -> DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", FreePorts::next);
		registry.add("rustok.keycloak.url", keycloak::baseUrl);
		registry.add("rustok.keycloak.public-url", () -> PUBLIC_KEYCLOAK);
		registry.add("rustok.gateway.rate-limits.trusted-proxies", () -> "127.0.0.1");
		registry.add("rustok.gateway.rate-limits.logins-per-minute", () -> LOGINS_PER_MINUTE);
	}

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + GATEWAY_PORT)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		await().atMost(Duration.ofMinutes(1)).until(() -> platformMember.getCluster().getMembers().size() == 2);
	}

	@Test
	void tokenRequestsPastTheLimitFromOneAddressAreRefusedWhileAnotherAddressStillReachesKeycloak() {
		String guesser = aClientAddress();
		for (int attempt = 1; attempt <= LOGINS_PER_MINUTE; attempt++) {
			// a wrong password: Keycloak's own answer (invalid_grant), counted all the
			// same
			tokenRequest(guesser, "wrong-password-" + attempt).expectStatus().isBadRequest();
		}

		EntityExchangeResult<String> refused = tokenRequest(guesser, PASSWORD).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult();

		assertThat(refused.getResponseBody()).contains("urn:rustok:problem:too-many-requests", "\"status\":429");
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.getResponseHeaders().getFirst("RateLimit-Limit"))
			.isEqualTo(Integer.toString(LOGINS_PER_MINUTE));
		assertThat(refused.getResponseHeaders().getFirst("RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("RateLimit-Reset"))).isBetween(1L, 60L);
		// the right password from another address: a token, issued by the public host
		String token = tokenRequest(aClientAddress(), PASSWORD).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(token).contains("access_token");
	}

	@Test
	void theLoginFormCountsAgainstTheSameAddressAndABrowserPastTheLimitSeesAPage() {
		String guesser = aClientAddress();
		for (int attempt = 1; attempt <= LOGINS_PER_MINUTE - 1; attempt++) {
			tokenRequest(guesser, "wrong-password-" + attempt).expectStatus().isBadRequest();
		}
		// the last one the address has: a form post without a login session (Keycloak's
		// own error page)
		loginFormPost(guesser).expectStatus().value((status) -> assertThat(status).isNotEqualTo(429));

		String page = loginFormPost(guesser).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.exists("Retry-After")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<h1>Too many requests, please wait a moment</h1>");
	}

	@Test
	void keycloaksAdministrationIsNotServedOnTheAuthHost() {
		for (String path : List.of("/admin/master/console/", "/admin/realms",
				"/realms/master/protocol/openid-connect/token", "/")) {
			this.client.get()
				.uri(path)
				.header("Host", AUTH_HOST)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void aRealmThatIsNeitherAShopsNorThePlatformsIsNotServedOnTheAuthHost() throws Exception {
		String discovery = "/realms/" + OTHER_REALM + "/.well-known/openid-configuration";
		// it exists: Keycloak answers it on its own loopback address
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + discovery)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(200);
		this.client.get()
			.uri(discovery)
			.header("Host", AUTH_HOST)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/realms/" + SHOP.realm() + "/.well-known/openid-configuration")
			.header("Host", AUTH_HOST)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aBrowserSignsInWithPkceThroughTheAuthHostAndItsTokenIsAcceptedAtTheShopsEdge() throws Exception {
		String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
		String authorize = PUBLIC_KEYCLOAK + "/realms/" + SHOP.realm() + "/protocol/openid-connect/auth?client_id=admin"
				+ "&response_type=code&scope=openid&state=st-" + SUFFIX + "&code_challenge=" + challenge(verifier)
				+ "&code_challenge_method=S256&redirect_uri=" + CALLBACK;
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser chromium = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
								"--disable-background-networking", "--disable-component-update", "--disable-sync",
								"--disable-dev-shm-usage")))) {
			Page page = chromium.newPage();
			page.navigate(authorize);
			assertThat(page.url()).startsWith(PUBLIC_KEYCLOAK + "/realms/" + SHOP.realm() + "/");
			// the form posts to auth.<domain> too: the gateway sees the password attempt
			assertThat(page.locator("form:has(#password)").getAttribute("action"))
				.startsWith(PUBLIC_KEYCLOAK + "/realms/" + SHOP.realm() + "/login-actions/authenticate");
			page.fill("#username", "owner");
			page.fill("#password", PASSWORD);
			page.click("#kc-login");
			// back at the shop admin's callback (the recording runtime answers it) with a
			// code
			try {
				page.waitForURL((url) -> url.startsWith(CALLBACK),
						new Page.WaitForURLOptions().setTimeout(Duration.ofSeconds(60).toMillis()));
			}
			catch (TimeoutError ex) {
				throw new AssertionError("no callback; the browser is at " + page.url() + ": " + page.innerText("body"),
						ex);
			}
			String code = page.url().replaceAll(".*[?&]code=([^&]+).*", "$1");

			// the shop admin trades the code from its own origin, through the gateway
			String answer = this.client.post()
				.uri("/realms/" + SHOP.realm() + "/protocol/openid-connect/token")
				.header("Host", AUTH_HOST)
				.header("Origin", SHOP_ORIGIN)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData("grant_type", "authorization_code")
					.with("client_id", "admin")
					.with("code", code)
					.with("redirect_uri", CALLBACK)
					.with("code_verifier", verifier))
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("Access-Control-Allow-Origin", SHOP_ORIGIN)
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			String accessToken = answer.replaceAll("(?s).*\"access_token\":\"([^\"]+)\".*", "$1");
			assertThat(KeycloakTokens.claims(accessToken).path("iss").asString())
				.isEqualTo(PUBLIC_KEYCLOAK + "/realms/" + SHOP.realm());

			this.client.get()
				.uri("/api/admin/products")
				.header("Host", SHOP.host() + ":" + GATEWAY_PORT)
				.header("Authorization", "Bearer " + accessToken)
				.exchange()
				.expectStatus()
				.isOk();
			assertThat(runtime.receivedAt("/api/admin/products")).isNotEmpty();
		}
	}

	private WebTestClient.ResponseSpec tokenRequest(String clientAddress, String password) {
		return this.client.post()
			.uri("/realms/" + SHOP.realm() + "/protocol/openid-connect/token")
			.header("Host", AUTH_HOST)
			.header("X-Forwarded-For", clientAddress)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "password")
				.with("client_id", KeycloakTokens.DEV_CLI_CLIENT)
				.with("username", "owner")
				.with("password", password))
			.exchange();
	}

	private WebTestClient.ResponseSpec loginFormPost(String clientAddress) {
		return this.client.post()
			.uri("/realms/" + SHOP.realm() + "/login-actions/authenticate?client_id=admin")
			.header("Host", AUTH_HOST)
			.header("X-Forwarded-For", clientAddress)
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "owner").with("password", "a-guess"))
			.exchange();
	}

	private static String aClientAddress() {
		return "198.51.100." + clients.incrementAndGet();
	}

	private static String challenge(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	// a shop realm as provisioning makes it, with the gateway as its frontend URL
	private static void createShopRealm() {
		String realm = """
				{"realm":"%s","enabled":true,"attributes":{"frontendUrl":"%s"},
				 "clients":[{"clientId":"admin","publicClient":true,"standardFlowEnabled":true,
				   "directAccessGrantsEnabled":false,"redirectUris":["%s"],"webOrigins":["%s"],
				   "attributes":{"pkce.code.challenge.method":"S256"},
				   "protocolMappers":[{"name":"shop-api-audience","protocol":"openid-connect",
				     "protocolMapper":"oidc-audience-mapper",
				     "config":{"included.custom.audience":"%s","access.token.claim":"true"}}]},
				  {"clientId":"%s","publicClient":true,"standardFlowEnabled":false,
				   "directAccessGrantsEnabled":true}],
				 "users":[{"username":"owner","enabled":true,"email":"owner@%s.example","emailVerified":true,
				   "firstName":"Shop","lastName":"Owner",
				   "credentials":[{"type":"password","value":"%s","temporary":false}]}]}""".formatted(SHOP.realm(),
				PUBLIC_KEYCLOAK, CALLBACK, SHOP_ORIGIN, TenantNames.audience(SHOP.tenantId()),
				KeycloakTokens.DEV_CLI_CLIENT, SHOP.tenantId(), PASSWORD);
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
