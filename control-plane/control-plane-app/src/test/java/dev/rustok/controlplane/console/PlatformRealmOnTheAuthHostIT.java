package dev.rustok.controlplane.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.console.ConsoleBrowser.Page;
import dev.rustok.controlplane.console.PlatformRealmSetup.Outcome;
import dev.rustok.devservices.KeycloakLoginForm;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.provisioning.KeycloakTenantRealms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform realm served on {@code auth.<domain>} (docs/adr/0106) and its switch-over
 * (docs/adr/0107), against the run's real Keycloak: the realm's frontend URL is the
 * public one, the console sends the browser to sign in there and trades the code at
 * Keycloak's own address; a platform admin's token from before the realm moved and one
 * from after both reach the admin API, while another realm's token under either issuer,
 * or the realm's own under an unrelated issuer, is 401. The browser reaches
 * {@code auth.localhost} as the gateway forwards it (KeycloakThroughTheGatewayIT and the
 * e2e journey cross the real gateway).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlatformRealmOnTheAuthHostIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	private static final String REALM = "platform-auth-" + SUFFIX;

	private static final String OTHER_REALM = "platform-other-" + SUFFIX;

	private static final String ADMIN = "admin@platform.example";

	private static final String ADMIN_PASSWORD = "platform-admin-password";

	private static final String CONSOLE = "http://console.localhost:8080/";

	private static final String PUBLIC_URL = "http://auth.localhost:8080";

	private static final KeycloakServer keycloak = KeycloakServer.shared();

	private static final KeycloakTenantRealms realms = new KeycloakTenantRealms(keycloak.baseUrl(),
			keycloak.adminUsername(), keycloak.adminPassword());

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	PlatformRealmSetup setup;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
		properties.add("rustok.console.realm", () -> REALM);
		properties.add("rustok.keycloak.public-url", () -> PUBLIC_URL);
	}

	@AfterAll
	static void cleanUp() {
		services.database().drop();
		realms.delete(REALM);
		realms.delete(OTHER_REALM);
		realms.close();
	}

	@BeforeEach
	void awaitTheRealm() {
		await().atMost(Duration.ofMinutes(1)).until(() -> realms.exists(REALM));
		// each test starts from the realm as the setup leaves it
		realms.serveAt(REALM, PUBLIC_URL);
	}

	@Test
	void thePlatformRealmIsMadeWithTheAuthHostAsItsFrontendUrl() {
		assertThat(realms.find(REALM).orElseThrow().getAttributes()).containsEntry("frontendUrl", PUBLIC_URL);
	}

	@Test
	void aPlatformAdminSignsInToTheConsoleOnTheAuthHost() {
		ConsoleBrowser browser = new ConsoleBrowser(this.port, keycloak.baseUrl());

		Page login = browser.open(CONSOLE);

		assertThat(login.url().toString())
			.startsWith(PUBLIC_URL + "/realms/" + REALM + "/protocol/openid-connect/auth?")
			.contains("client_id=console", "code_challenge_method=S256");
		assertThat(login.isKeycloakLogin()).as(login::describe).isTrue();
		// the password goes to the auth host too, where the gateway counts it
		assertThat(KeycloakLoginForm.action(login.url(), login.body()).toString())
			.startsWith(PUBLIC_URL + "/realms/" + REALM + "/login-actions/authenticate");

		Page console = browser.logIn(login, ADMIN, ADMIN_PASSWORD);

		assertThat(console.status()).as(console::describe).isEqualTo(200);
		assertThat(console.url()).isEqualTo(URI.create(CONSOLE));
		assertThat(console.body()).contains("<h1>Tenants</h1>", "Signed in as <span>" + ADMIN);
	}

	@Test
	void aRealmStillOnKeycloaksOwnAddressIsMovedAndItsAdminsTokenFromBeforeStillReachesTheAdminApi() {
		realms.serveAt(REALM, keycloak.baseUrl());
		String before = adminToken(REALM);

		assertThat(this.setup.ensure()).isEqualTo(Outcome.MOVED_TO_THE_PUBLIC_URL);
		String after = adminToken(REALM);

		assertThat(issuerOf(before)).isEqualTo(keycloak.baseUrl() + "/realms/" + REALM);
		assertThat(issuerOf(after)).isEqualTo(PUBLIC_URL + "/realms/" + REALM);
		assertThat(adminApi(before).statusCode()).isEqualTo(200);
		assertThat(adminApi(after).statusCode()).isEqualTo(200);
		assertThat(this.setup.ensure()).isEqualTo(Outcome.UNCHANGED);
	}

	@Test
	void anotherRealmsAdminTokenIsRefusedUnderEitherOfItsIssuers() {
		realms.importRealm(PlatformRealm.of(new ConsoleProperties(OTHER_REALM, ADMIN, ADMIN_PASSWORD),
				CONSOLE + "login/oauth2/code/*", Optional.empty()));
		String before = adminToken(OTHER_REALM);
		realms.serveAt(OTHER_REALM, PUBLIC_URL);
		String after = adminToken(OTHER_REALM);
		assertThat(issuerOf(after)).isEqualTo(PUBLIC_URL + "/realms/" + OTHER_REALM);
		assertThat(KeycloakTokens.realmRoles(after)).contains(PlatformRealm.ADMIN_ROLE);

		assertThat(adminApi(before).statusCode()).isEqualTo(401);
		assertThat(adminApi(after).statusCode()).isEqualTo(401);
	}

	@Test
	void theRealmsOwnTokenUnderAnUnrelatedIssuerIsRefused() {
		realms.serveAt(REALM, "http://auth.elsewhere.example");
		String token = adminToken(REALM);
		assertThat(issuerOf(token)).isEqualTo("http://auth.elsewhere.example/realms/" + REALM);

		assertThat(adminApi(token).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> adminApi(String token) {
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/admin/realm-upgrades"))
					.header("Authorization", "Bearer " + token)
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String issuerOf(String token) {
		return KeycloakTokens.claims(token).path("iss").asString();
	}

	// the console client signs in through the browser only, so the test gives the realm
	// the dev-only password-grant client, as RealmUpgradeIT does
	private static String adminToken(String realm) {
		if (realms.clients(realm)
			.stream()
			.noneMatch((client) -> client.getClientId().equals(KeycloakTokens.DEV_CLI_CLIENT))) {
			HttpResponse<String> created = keycloakAdmin("POST", "/admin/realms/" + realm + "/clients",
					"{\"clientId\":\"" + KeycloakTokens.DEV_CLI_CLIENT + "\",\"publicClient\":true,"
							+ "\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":true}");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		return new KeycloakTokens(keycloak).devCliToken(realm, ADMIN, ADMIN_PASSWORD);
	}

	private static HttpResponse<String> keycloakAdmin(String method, String path, String body) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
				.header("Authorization", "Bearer " + new KeycloakTokens(keycloak).adminToken())
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
