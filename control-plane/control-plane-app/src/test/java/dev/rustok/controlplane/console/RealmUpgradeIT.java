package dev.rustok.controlplane.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.console.ConsoleBrowser.Page;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.StaffAdminClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The realm upgrade on real Keycloak (docs/adr/0097): realms made before customer
 * sign-up, the staff client's grant and the auth host are brought up to date, one that
 * fails is reported while the others go on, a second run changes nothing, only platform
 * admins start it, and its progress shows while it runs (admin API, console, management
 * port and {@code ./rustok realms --all}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RealmUpgradeIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String PLATFORM_REALM = "platform-it-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String ADMIN = "admin@platform.example";

	private static final String ADMIN_PASSWORD = "platform-admin-password";

	private static final String OWNER_PASSWORD = "correct-horse-battery-9";

	private static final String PUBLIC_URL = "http://auth.localhost:8080";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final KeycloakServer keycloak = KeycloakServer.shared();

	private static final List<String> realmsMade = new ArrayList<>();

	private static Keycloak admin;

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
		properties.add("rustok.console.realm", () -> PLATFORM_REALM);
		properties.add("rustok.keycloak.public-url", () -> PUBLIC_URL);
	}

	@BeforeAll
	static void keycloakAdmin() {
		new StaffAdminClient(keycloak).ensureAndReadSecret();
		admin = KeycloakBuilder.builder()
			.serverUrl(keycloak.baseUrl())
			.realm("master")
			.clientId("admin-cli")
			.username(keycloak.adminUsername())
			.password(keycloak.adminPassword())
			.build();
	}

	@AfterAll
	static void cleanUp() {
		realmsMade.forEach((realm) -> {
			try {
				admin.realm(realm).remove();
			}
			catch (RuntimeException gone) {
				// deleted by the test itself
			}
		});
		admin.realm(PLATFORM_REALM).remove();
		admin.close();
		services.database().drop();
	}

	@BeforeEach
	void awaitThePlatformRealm() {
		await().atMost(Duration.ofMinutes(1)).until(() -> {
			try {
				return admin.realm(PLATFORM_REALM).toRepresentation() != null;
			}
			catch (RuntimeException notYet) {
				return false;
			}
		});
	}

	@Test
	void bringsEveryActiveRealmUpToDateGoesOnPastOneThatFailsAndASecondRunChangesNothing() throws Exception {
		String broken = activeShop("broken-" + UUID.randomUUID().toString().substring(0, 8));
		admin.realm("tenant-" + broken).remove();
		String old = madeTheOldWay(activeShop(ControlPlaneServices.aSlug()));
		String refreshToken = tokens()
			.passwordGrantAnswer("tenant-" + old, KeycloakTokens.DEV_CLI_CLIENT, owner(old), OWNER_PASSWORD)
			.body()
			.path("refresh_token")
			.asString();
		try {
			HttpResponse<String> started = api("POST", adminToken());

			assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
			JsonNode first = awaitFinished();
			assertThat(first.path("state").asString()).isEqualTo("done");
			assertThat(first.path("done").asInt()).isEqualTo(first.path("total").asInt()).isEqualTo(activeShops());
			assertThat(first.path("upgraded").asInt()).isGreaterThanOrEqualTo(1);
			assertThat(first.path("startedBy").asString()).isEqualTo(ADMIN);
			assertThat(failures(first)).containsOnlyKeys(broken);
			assertThat(failures(first).get(broken)).contains("tenant-" + broken, "does not exist");
			assertUpToDate(old);
			assertThat(realmUpgradedAt(old)).isNotNull();
			assertThat(realmUpgradedAt(broken)).isNull();
			String issuer = KeycloakTokens.claims(ownerToken(old)).path("iss").asString();
			assertThat(issuer).isEqualTo(PUBLIC_URL + "/realms/tenant-" + old);
			// what the issuer's move costs the people signed in before it (docs/adr/0097)
			KeycloakTokens.TokenAnswer refreshed = tokens().tokenRequest("tenant-" + old, Map.of("grant_type",
					"refresh_token", "client_id", KeycloakTokens.DEV_CLI_CLIENT, "refresh_token", refreshToken));
			assertThat(refreshed.status()).as(refreshed.body().toString()).isEqualTo(400);
			assertThat(refreshed.error()).isEqualTo("invalid_grant");
			RealmRepresentation afterFirst = realm(old);

			// the operator's command runs it again through the management port
			Process cli = new ProcessBuilder("bash", rustokScript().toString(), "realms", "--all",
					"http://127.0.0.1:" + this.managementPort)
				.redirectErrorStream(true)
				.start();
			String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(cli.waitFor(2, TimeUnit.MINUTES)).isTrue();

			assertThat(cli.exitValue()).as(output).isEqualTo(1);
			int total = activeShops();
			assertThat(output).contains("100% " + total + "/" + total + " done", broken);
			JsonNode second = json.readTree(api("GET", adminToken()).body());
			assertThat(second.path("startedBy").asString()).startsWith("operator");
			assertThat(second.path("upgraded").asInt()).as("a second run changes nothing").isZero();
			assertThat(failures(second)).containsOnlyKeys(broken);
			RealmRepresentation afterSecond = realm(old);
			assertThat(afterSecond.isRegistrationAllowed()).isEqualTo(afterFirst.isRegistrationAllowed());
			assertThat(afterSecond.getAttributes()).isEqualTo(afterFirst.getAttributes());
		}
		finally {
			// the shop without a realm would fail every later run of this class
			this.jdbc.sql("update control.tenant set status = 'SUSPENDED' where slug = ?").param(broken).update();
		}
	}

	@Test
	void onlyAPlatformAdminStartsItAShopOwnersTokenIsRefusedAndNothingStarts() {
		String slug = activeShop(ControlPlaneServices.aSlug());
		String before = api("GET", adminToken()).body();

		HttpResponse<String> asOwner = api("POST", ownerToken(slug));
		HttpResponse<String> anonymous = api("POST", null);

		assertThat(asOwner.statusCode()).isEqualTo(401);
		assertThat(asOwner.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(api("GET", ownerToken(slug)).statusCode()).isEqualTo(401);
		assertThat(api("GET", adminToken()).body()).isEqualTo(before);
	}

	@Test
	void aPlatformAdminStartsItFromTheConsoleAndSeesDoneOfTotalWhileItRuns() throws Exception {
		activeShop(ControlPlaneServices.aSlug());
		madeTheOldWay(activeShop(ControlPlaneServices.aSlug()));
		int total = activeShops();
		ConsoleBrowser browser = new ConsoleBrowser(this.port, keycloak.baseUrl());
		Page console = browser.logIn(browser.open("http://console.localhost:8080/"), ADMIN, ADMIN_PASSWORD);
		Page running;
		// the last shop's registry row is held, so the run waits there with every other
		// realm done
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			String last = holdLastActiveShop(holder);
			Instant lastUpgradedBefore = realmUpgradedAt(last);

			running = browser.submitForm(console, "/realm-upgrades");

			await().atMost(Duration.ofMinutes(2)).until(() -> management("GET").path("done").asInt() == total - 1);
			JsonNode status = management("GET");
			assertThat(status.path("state").asString()).isEqualTo("running");
			assertThat(status.path("total").asInt()).isEqualTo(total);
			Page page = browser.open("http://console.localhost:8080/");
			assertThat(page.body()).contains("data-state=\"running\"", "http-equiv=\"refresh\"")
				.containsPattern("done <span class=\"done\">" + (total - 1) + "</span>\\s*of <span class=\"total\">"
						+ total + "</span>")
				.doesNotContain("class=\"upgrade-realms\"");
			assertThat(management("POST").path("startedBy").asString()).as("a second start joins the run")
				.isEqualTo(ADMIN);
			assertThat(realmUpgradedAt(last)).as("the held shop waits").isEqualTo(lastUpgradedBefore);
			holder.rollback();
		}

		assertThat(running.status()).as(running::describe).isEqualTo(200);
		assertThat(running.body()).contains("The realm upgrade of " + total + " shops runs");
		await().atMost(Duration.ofMinutes(2)).until(() -> management("GET").path("state").asString(), "done"::equals);
		Page finished = browser.open("http://console.localhost:8080/");
		assertThat(finished.body()).contains("data-state=\"done\"", "class=\"upgrade-realms\"")
			.doesNotContain("http-equiv=\"refresh\"")
			.containsPattern("done <span class=\"done\">" + total + "</span>\\s*of <span class=\"total\">" + total);
	}

	@Test
	void aRunWhoseNodeStoppedMovingIsReportedInterruptedAndANewStartReplacesIt() {
		activeShop(ControlPlaneServices.aSlug());
		this.jdbc.sql("""
				insert into control.realm_upgrade (started_by, started_at, heartbeat_at, total, done)
				values ('a node that died', now() - interval '10 minutes', now() - interval '3 minutes', 5, 2)""")
			.update();
		assertThat(management("GET").path("state").asString()).isEqualTo("interrupted");

		JsonNode started = management("POST");

		assertThat(started.path("startedBy").asString()).startsWith("operator");
		await().atMost(Duration.ofMinutes(2)).until(() -> management("GET").path("state").asString(), "done"::equals);
		assertThat(this.jdbc.sql("select count(*) from control.realm_upgrade where finished_at is null")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select interrupted from control.realm_upgrade where started_by = 'a node that died'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	private String holdLastActiveShop(Connection holder) throws SQLException {
		try (PreparedStatement last = holder.prepareStatement(
				"select slug from control.tenant where status = 'ACTIVE' order by slug desc limit 1 for update");
				ResultSet row = last.executeQuery()) {
			assertThat(row.next()).isTrue();
			return row.getString(1);
		}
	}

	private String activeShop(String slug) {
		PortalApi portal = new PortalApi(this.port);
		realmsMade.add("tenant-" + slug);
		assertThat(portal.signUp("Shop " + slug, slug, owner(slug), OWNER_PASSWORD).status()).isEqualTo(202);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> portal.get("/api/signup/" + slug).json().get("status"), "ACTIVE"::equals);
		return slug;
	}

	// what a shop provisioned before customer accounts (docs/adr/0075), the staff client
	// (0078) and the auth host (0091) looks like: sign-up closed, no default customer
	// role, no user management for the staff client, Keycloak's own address as issuer
	private static String madeTheOldWay(String slug) {
		String name = "tenant-" + slug;
		RealmResource realm = admin.realm(name);
		RealmRepresentation settings = realm.toRepresentation();
		settings.setRegistrationAllowed(false);
		Map<String, String> attributes = new HashMap<>(settings.getAttributes());
		attributes.put("frontendUrl", "");
		settings.setAttributes(attributes);
		realm.update(settings);
		String defaultRole = settings.getDefaultRole().getName();
		realm.roles().get(defaultRole).deleteComposites(List.of(realm.roles().get("customer").toRepresentation()));
		RoleScopeResource grant = staffGrant(name);
		grant.remove(grant.listAll());
		assertThat(realm(slug).isRegistrationAllowed()).isFalse();
		assertThat(staffGrant(name).listAll()).isEmpty();
		assertThat(KeycloakTokens.claims(ownerToken(slug)).path("iss").asString())
			.isEqualTo(keycloak.baseUrl() + "/realms/" + name);
		return slug;
	}

	private static void assertUpToDate(String slug) {
		String name = "tenant-" + slug;
		RealmRepresentation realm = realm(slug);
		assertThat(realm.isRegistrationAllowed()).isTrue();
		assertThat(realm.getAttributes()).containsEntry("frontendUrl", PUBLIC_URL);
		assertThat(admin.realm(name).roles().get(realm.getDefaultRole().getName()).getRealmRoleComposites())
			.extracting(RoleRepresentation::getName)
			.contains("customer");
		assertThat(staffGrant(name).listAll()).extracting(RoleRepresentation::getName)
			.containsExactlyInAnyOrder("manage-users", "view-users", "query-users", "view-realm");
	}

	private static RealmRepresentation realm(String slug) {
		return admin.realm("tenant-" + slug).toRepresentation();
	}

	private static RoleScopeResource staffGrant(String realm) {
		RealmResource master = admin.realm("master");
		ClientRepresentation staff = master.clients().findByClientId(StaffAdminClient.CLIENT_ID).getFirst();
		ClientRepresentation management = master.clients().findByClientId(realm + "-realm").getFirst();
		String account = master.clients().get(staff.getId()).getServiceAccountUser().getId();
		return master.users().get(account).roles().clientLevel(management.getId());
	}

	private int activeShops() {
		return this.jdbc.sql("select count(*) from control.tenant where status = 'ACTIVE'")
			.query(Integer.class)
			.single();
	}

	private Instant realmUpgradedAt(String slug) {
		return this.jdbc.sql("select realm_upgraded_at from control.tenant where slug = ?")
			.param(slug)
			.query((row, number) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
			.single()
			.orElse(null);
	}

	private static Map<String, String> failures(JsonNode status) {
		Map<String, String> failures = new HashMap<>();
		status.path("failures")
			.forEach((failure) -> failures.put(failure.path("slug").asString(), failure.path("reason").asString()));
		assertThat(status.path("failed").asInt()).isEqualTo(failures.size());
		return failures;
	}

	private JsonNode awaitFinished() {
		String token = adminToken();
		await().atMost(Duration.ofMinutes(2))
			.until(() -> json.readTree(api("GET", token).body()).path("state").asString(),
					(state) -> !"running".equals(state));
		return json.readTree(api("GET", token).body());
	}

	private HttpResponse<String> api(String method, String token) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/admin/realm-upgrades"))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private JsonNode management(String method) {
		HttpResponse<String> answer = send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/realms"))
					.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.noBody()));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return json.readTree(answer.body());
	}

	private static String owner(String slug) {
		return "owner@" + slug + ".example";
	}

	private static KeycloakTokens tokens() {
		return new KeycloakTokens(keycloak);
	}

	private static String ownerToken(String slug) {
		return tokens().devCliToken("tenant-" + slug, owner(slug), OWNER_PASSWORD);
	}

	// the console client signs in through the browser only, so the test gives the
	// platform realm the dev-only password-grant client, as PlanChangeIT does
	private static String adminToken() {
		if (admin.realm(PLATFORM_REALM).clients().findByClientId(KeycloakTokens.DEV_CLI_CLIENT).isEmpty()) {
			ClientRepresentation client = new ClientRepresentation();
			client.setClientId(KeycloakTokens.DEV_CLI_CLIENT);
			client.setPublicClient(true);
			client.setStandardFlowEnabled(false);
			client.setDirectAccessGrantsEnabled(true);
			admin.realm(PLATFORM_REALM).clients().create(client).close();
		}
		return new KeycloakTokens(keycloak).devCliToken(PLATFORM_REALM, ADMIN, ADMIN_PASSWORD);
	}

	private static Path rustokScript() {
		Path directory = Path.of("").toAbsolutePath();
		while (!Files.exists(directory.resolve("rustok"))) {
			directory = directory.getParent();
		}
		return directory.resolve("rustok");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
