package dev.rustok.controlplane.console;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.console.ConsoleBrowser.Page;
import dev.rustok.controlplane.console.PlatformRealmSetup.Outcome;
import dev.rustok.controlplane.provisioning.KeycloakProperties;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.KeycloakTokens.TokenAnswer;
import dev.rustok.provisioning.KeycloakTenantRealms;
import dev.rustok.provisioning.TenantRealms;
import dev.rustok.provisioning.TenantRealms.StaffMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;

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

	private static final KeycloakServer keycloakServer = KeycloakServer.shared();

	private static final TenantRealms realms = new KeycloakTenantRealms(keycloakServer.baseUrl(),
			keycloakServer.adminUsername(), keycloakServer.adminPassword());

	@LocalServerPort
	int port;

	@Autowired
	PlatformRealmSetup setup;

	@Autowired
	TenantRealms tenantRealms;

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
		realms.delete(REALM);
	}

	@BeforeEach
	void awaitTheRealm() {
		this.browser = new ConsoleBrowser(this.port);
		await().atMost(Duration.ofMinutes(1)).until(() -> realms.exists(REALM));
	}

	@Test
	void createsThePlatformRealmWithAPkceOnlyConsoleClientTheAdminRoleAndTheBootstrapAdmin() {
		ClientRepresentation client = consoleClient();

		assertThat(client.isPublicClient()).isTrue();
		assertThat(client.isStandardFlowEnabled()).isTrue();
		assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
		assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
		assertThat(client.getRedirectUris()).contains("http://console.localhost:8080/login/oauth2/code/*");
		assertThat(realms.realmRoles(REALM)).contains("platform-admin");
		assertThat(realms.users(REALM)).extracting((user) -> user.getEmail()).contains(ADMIN);
		assertThat(realms.find(REALM).orElseThrow().isBruteForceProtected()).isTrue();
		TokenAnswer passwordGrant = new KeycloakTokens(keycloakServer).passwordGrantAnswer(REALM, "console", ADMIN,
				ADMIN_PASSWORD);
		assertThat(passwordGrant.error()).isEqualTo("unauthorized_client");
	}

	@Test
	void settingTheRealmUpAgainChangesNothing() {
		ClientRepresentation before = consoleClient();

		assertThat(this.setup.ensure()).isEqualTo(Outcome.UNCHANGED);

		assertThat(consoleClient()).usingRecursiveComparison().isEqualTo(before);
		assertThat(realms.clients(REALM)).filteredOn((client) -> client.getClientId().equals("console")).hasSize(1);
		assertThat(realms.users(REALM)).filteredOn((user) -> user.getUsername().equals(ADMIN)).hasSize(1);
	}

	@Test
	void aPlatformOnAnotherPortAddsItsConsoleAddressOnceAndKeepsTheOthers() {
		PlatformRealmSetup otherPlatform = new PlatformRealmSetup(this.tenantRealms, this.keycloak, this.console,
				new ConsoleHost(new PlatformProperties("localhost", 9090)));

		assertThat(otherPlatform.ensure()).isEqualTo(Outcome.REDIRECT_ADDED);
		assertThat(otherPlatform.ensure()).isEqualTo(Outcome.UNCHANGED);

		assertThat(consoleClient().getRedirectUris())
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
				"value=\"trial\" selected", ">default · v", "UTC", "href=\"http://" + slug + ".localhost:8080/\"");
	}

	@Test
	void aSignedInUserWithoutThePlatformAdminRoleIsToldTheyAreNotAllowed() {
		String email = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
		realms.createStaffMember(REALM, new StaffMember(email, "visitor-password", List.of()));

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

	private static ClientRepresentation consoleClient() {
		List<ClientRepresentation> clients = realms.clients(REALM)
			.stream()
			.filter((client) -> client.getClientId().equals("console"))
			.toList();
		assertThat(clients).hasSize(1);
		return clients.getFirst();
	}

}
