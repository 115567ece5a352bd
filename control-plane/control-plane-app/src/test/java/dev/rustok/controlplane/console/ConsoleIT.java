package dev.rustok.controlplane.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.console.ConsoleBrowser.Page;
import dev.rustok.controlplane.console.PlatformRealmSetup.Outcome;
import dev.rustok.controlplane.provisioning.KeycloakProperties;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform console as a platform admin's browser reaches it through the gateway: host
 * {@code console.localhost:8080}, login at the run's real Keycloak. The realm has a name
 * of its own per run, so its creation is seen from the start.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsoleIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String REALM = "platform-it-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String ADMIN = "admin@platform.example";

	private static final String ADMIN_PASSWORD = "platform-admin-password";

	private static final String CONSOLE = "http://console.localhost:8080/";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	PlatformRealmSetup setup;

	@Autowired
	KeycloakProperties keycloak;

	@Autowired
	ConsoleProperties console;

	ConsoleBrowser browser;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
		properties.add("rustok.console.realm", () -> REALM);
	}

	@AfterAll
	static void cleanUp() {
		services.database().drop();
		admin("DELETE", "/admin/realms/" + REALM, null);
	}

	@BeforeEach
	void awaitTheRealm() {
		this.browser = new ConsoleBrowser(this.port);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> admin("GET", "/admin/realms/" + REALM, null).statusCode(), (status) -> status == 200);
	}

	@Test
	void createsThePlatformRealmWithAPkceConsoleClientTheAdminRoleAndTheBootstrapAdmin() {
		JsonNode client = consoleClient();

		assertThat(client.path("publicClient").asBoolean()).isTrue();
		assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertThat(strings(client.path("redirectUris"))).contains("http://console.localhost:8080/login/oauth2/code/*");
		assertThat(admin("GET", "/admin/realms/" + REALM + "/roles/platform-admin", null).statusCode()).isEqualTo(200);
		String token = new KeycloakTokens(KeycloakServer.shared()).passwordGrant(REALM, "console", ADMIN,
				ADMIN_PASSWORD);
		assertThat(KeycloakTokens.realmRoles(token)).contains("platform-admin");
		assertThat(KeycloakTokens.claims(token).path("email").asString()).isEqualTo(ADMIN);
	}

	@Test
	void settingTheRealmUpAgainChangesNothing() {
		JsonNode before = consoleClient();

		assertThat(this.setup.ensure()).isEqualTo(Outcome.UNCHANGED);

		assertThat(consoleClient()).isEqualTo(before);
		assertThat(adminJson("/admin/realms/" + REALM + "/clients?clientId=console")).hasSize(1);
		assertThat(adminJson("/admin/realms/" + REALM + "/users?exact=true&username=" + ADMIN)).hasSize(1);
	}

	@Test
	void aPlatformOnAnotherPortAddsItsConsoleAddressOnceAndKeepsTheOthers() {
		PlatformRealmSetup otherPlatform = new PlatformRealmSetup(this.keycloak, this.console,
				new ConsoleHost(new PlatformProperties("localhost", 9090)));

		assertThat(otherPlatform.ensure()).isEqualTo(Outcome.REDIRECT_ADDED);
		assertThat(otherPlatform.ensure()).isEqualTo(Outcome.UNCHANGED);

		assertThat(strings(consoleClient().path("redirectUris")))
			.containsOnlyOnce("http://console.localhost:8080/login/oauth2/code/*",
					"http://console.localhost:9090/login/oauth2/code/*")
			.hasSize(2);
	}

	@Test
	void anAnonymousBrowserIsSentToTheLoginPageOfThePlatformRealmWithAPkceChallenge() {
		Page page = this.browser.open(CONSOLE);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.url().toString())
			.startsWith(KeycloakServer.shared().baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth?")
			.contains("client_id=console", "code_challenge_method=S256",
					"redirect_uri=http://console.localhost:8080/login/oauth2/code/console");
		assertThat(page.isKeycloakLogin()).isTrue();
	}

	@Test
	void aPlatformAdminSeesEveryTenantWithItsStatusPlanAndStorefront() {
		PortalApi api = new PortalApi(this.port);
		String slug = ControlPlaneServices.aSlug();
		assertThat(api.signUp("Bold & <Co>", slug, "owner@" + slug + ".example", "a long enough secret").status())
			.isEqualTo(202);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> api.get("/api/signup/" + slug).json().get("status"), "ACTIVE"::equals);

		Page page = this.browser.logIn(this.browser.open(CONSOLE), ADMIN, ADMIN_PASSWORD);

		assertThat(page.status()).as(page::describe).isEqualTo(200);
		assertThat(page.url()).isEqualTo(URI.create(CONSOLE));
		assertThat(page.body()).contains("<h1>Tenants</h1>", "id=\"tenants\"", "Signed in as <span>" + ADMIN)
			.doesNotContain("<script");
		assertThat(page.tenantRows()).containsKey(slug);
		assertThat(page.tenantRows().get(slug)).contains(">" + slug + "<", ">Bold &amp; &lt;Co&gt;<", ">ACTIVE<",
				">trial<", "UTC", "href=\"http://" + slug + ".localhost:8080/\"");
	}

	@Test
	void aSignedInUserWithoutThePlatformAdminRoleIsToldTheyAreNotAllowed() {
		String email = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
		HttpResponse<String> created = admin("POST", "/admin/realms/" + REALM + "/users",
				json.writeValueAsString(Map.of("username", email, "email", email, "emailVerified", true, "enabled",
						true, "firstName", "Visiting", "lastName", "User", "credentials",
						List.of(Map.of("type", "password", "value", "visitor-password", "temporary", false)))));
		assertThat(created.statusCode()).isEqualTo(201);

		Page page = this.browser.logIn(this.browser.open(CONSOLE), email, "visitor-password");

		assertThat(page.status()).as(page::describe).isEqualTo(403);
		assertThat(page.body()).contains("You are not allowed to use the console", email, "platform-admin")
			.doesNotContain("id=\"tenants\"");
	}

	@Test
	void thePortalHostStillShowsTheSignupFormToAnyone() {
		Page page = this.browser.open("http://portal.localhost:8080/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.url()).isEqualTo(URI.create("http://portal.localhost:8080/"));
		assertThat(page.body()).contains("id=\"signup-form\"", "Create my shop");
	}

	private JsonNode consoleClient() {
		JsonNode clients = adminJson("/admin/realms/" + REALM + "/clients?clientId=console");
		assertThat(clients).hasSize(1);
		return clients.get(0);
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static JsonNode adminJson(String path) {
		HttpResponse<String> response = admin("GET", path, null);
		assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static HttpResponse<String> admin(String method, String path, String body) {
		KeycloakServer keycloak = KeycloakServer.shared();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
			.header("Authorization", "Bearer " + new KeycloakTokens(keycloak).adminToken())
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
