package dev.rustok.controlplane.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.KeycloakSwitch;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.PortalApi.Answer;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.console.ConsoleBrowser.Page;
import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.schema.TenantSchemaTemplate;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signups that fail while Keycloak is down, with a real Keycloak behind a switch: they
 * are retried by themselves, and a platform admin retries or abandons the ones that ran
 * out of attempts. The retry schedule spans more than the 10 s that Keycloak's circuit
 * breaker stays open, as the default schedule does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailedSignupRecoveryIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final KeycloakSwitch keycloak = new KeycloakSwitch(KeycloakServer.shared().baseUrl());

	private static final String REALM = "platform-it-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String ADMIN = "admin@platform.example";

	private static final String ADMIN_PASSWORD = "platform-admin-password";

	private static final String PASSWORD = "correct-horse-battery-9";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	DataSource dataSource;

	PortalApi api;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.registerBehind(keycloak, properties);
		properties.add("rustok.console.realm", () -> REALM);
		properties.add("rustok.provisioning.retry.max-attempts", () -> 5);
		properties.add("rustok.provisioning.retry.initial-interval", () -> "2s");
	}

	@AfterAll
	static void cleanUp() {
		keycloak.close();
		services.database().drop();
		adminCall("DELETE", "/admin/realms/" + REALM, null);
	}

	@BeforeEach
	void keycloakIsUpAndThePlatformRealmExists() {
		keycloak.turnOn();
		this.api = new PortalApi(this.port);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> adminCall("GET", "/admin/realms/" + REALM, null).statusCode(), (status) -> status == 200);
	}

	@Test
	@Order(1)
	void aSignupThatFailedWhileKeycloakWasDownIsRetriedAndBecomesActiveOnceKeycloakIsBack() {
		String slug = ControlPlaneServices.aSlug();
		keycloak.turnOff();

		assertThat(signUp(slug)).isEqualTo(202);
		Answer retrying = await().atMost(Duration.ofMinutes(1))
			.until(() -> this.api.get("/api/signup/" + slug), (status) -> status.json().containsKey("failureCode"));
		keycloak.turnOn();

		assertThat(retrying.json()).containsEntry("status", "PROVISIONING")
			.containsEntry("failureCode", "keycloak-unavailable")
			.containsKey("nextAttemptAt");
		assertThat(retrying.body()).doesNotContain(keycloak.url(), "127.0.0.1", "Exception");
		Answer active = await().atMost(Duration.ofMinutes(2))
			.until(() -> this.api.get("/api/signup/" + slug), (status) -> "ACTIVE".equals(status.json().get("status")));
		assertThat(active.json()).doesNotContainKey("failureCode").doesNotContainKey("failureReason");
		assertThat(TenantRouteMaps.byHost(this.hazelcast).containsKey(slug + ".localhost")).isTrue();
	}

	@Test
	@Order(2)
	void aPlatformAdminRetriesAFailedSignupFromTheConsoleAndItBecomesActive() {
		String slug = failedSignup();
		ConsoleBrowser browser = new ConsoleBrowser(this.port);
		Page console = browser.logIn(browser.open("http://console.localhost:8080/"), ADMIN, ADMIN_PASSWORD);
		assertThat(console.status()).as(console::describe).isEqualTo(200);
		assertThat(console.tenantRows().get(slug)).contains(">FAILED<", "keycloak-unavailable", "Keycloak",
				"class=\"retry\"", "class=\"abandon\"", "name=\"_csrf\"");

		Page afterRetry = browser.submitTenantForm(console, slug, "/retry");

		assertThat(afterRetry.status()).as(afterRetry::describe).isEqualTo(200);
		assertThat(afterRetry.url()).isEqualTo(URI.create("http://console.localhost:8080/"));
		assertThat(afterRetry.body()).contains("Provisioning of " + slug + " runs again");
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.api.get("/api/signup/" + slug).json().get("status"), "ACTIVE"::equals);
	}

	@Test
	@Order(3)
	void aConsoleFormPostedWithoutItsCsrfTokenIsRefused() {
		String slug = ControlPlaneServices.aSlug();
		assertThat(signUp(slug)).isEqualTo(202);
		ConsoleBrowser browser = new ConsoleBrowser(this.port);
		browser.logIn(browser.open("http://console.localhost:8080/"), ADMIN, ADMIN_PASSWORD);

		Page forged = browser.postWithoutToken("http://console.localhost:8080/tenants/" + slug + "/abandon", "x=1");

		assertThat(forged.status()).as(forged::describe).isEqualTo(403);
		assertThat(this.api.get("/api/signup/" + slug).status()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void aPlatformAdminAbandonsAFailedSignupThroughTheApiAndTheSlugCanBeSignedUpAgain() {
		String slug = failedSignup();
		assertThat(schemaExists(slug)).as("the failed attempt built the schema").isTrue();
		HttpResponse<String> anonymous = adminApi("DELETE", slug, null);
		assertThat(anonymous.statusCode()).as("without a token").isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		String token = adminToken();
		HttpResponse<String> details = adminApi("GET", slug, token);
		assertThat(details.statusCode()).isEqualTo(200);
		assertThat(json.readTree(details.body()).path("failureDetails").asString()).as("details for admins")
			.contains("Keycloak");

		await().atMost(Duration.ofMinutes(1))
			.until(() -> adminApi("DELETE", slug, token).statusCode(), (status) -> status == 204);

		assertThat(this.api.get("/api/signup/" + slug).status()).isEqualTo(404);
		assertThat(schemaExists(slug)).isFalse();
		assertThat(adminCall("GET", "/admin/realms/tenant-" + slug, null).statusCode()).isEqualTo(404);
		assertThat(signUp(slug)).as("a new signup for the freed slug").isEqualTo(202);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.api.get("/api/signup/" + slug).json().get("status"), "ACTIVE"::equals);
	}

	@Test
	@Order(5)
	void onlyAFailedTenantCanBeAbandoned() {
		String slug = activeSignup();

		HttpResponse<String> refused = adminApi("DELETE", slug, adminToken());

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(this.api.get("/api/signup/" + slug).json()).containsEntry("status", "ACTIVE");
	}

	@Test
	@Order(6)
	void theAdminApiNamesAnActiveTenantsShardAndTheLatestTenantMigrationAsItsSchemaVersion() {
		String slug = activeSignup();

		HttpResponse<String> details = adminApi("GET", slug, adminToken());

		assertThat(details.statusCode()).isEqualTo(200);
		JsonNode tenant = json.readTree(details.body());
		assertThat(tenant.path("shard").asString()).isEqualTo(TenantRoute.DEFAULT_SHARD);
		assertThat(tenant.path("schemaVersion").asString()).isEqualTo(latestTenantMigration(slug));
		assertThat(TenantRouteMaps.byTenantId(this.hazelcast).get(slug).shard()).isEqualTo(TenantRoute.DEFAULT_SHARD);
	}

	// every migration shipped in the tenant-schema jar, applied or not
	private String latestTenantMigration(String slug) {
		MigrationInfo[] shipped = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas("t_" + slug.replace('-', '_'))
			.locations(TenantSchemaTemplate.MIGRATIONS_LOCATION)
			.load()
			.info()
			.all();
		return shipped[shipped.length - 1].getVersion().getVersion();
	}

	private String activeSignup() {
		String slug = ControlPlaneServices.aSlug();
		assertThat(signUp(slug)).isEqualTo(202);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> this.api.get("/api/signup/" + slug).json().get("status"), "ACTIVE"::equals);
		return slug;
	}

	private int signUp(String slug) {
		return this.api.signUp("Acme", slug, "owner@" + slug + ".example", PASSWORD).status();
	}

	// a signup made while Keycloak is down, after every automatic attempt failed; then
	// Keycloak comes back
	private String failedSignup() {
		String slug = ControlPlaneServices.aSlug();
		keycloak.turnOff();
		assertThat(signUp(slug)).isEqualTo(202);
		Answer failed = await().atMost(Duration.ofMinutes(2))
			.until(() -> this.api.get("/api/signup/" + slug), (status) -> "FAILED".equals(status.json().get("status")));
		keycloak.turnOn();
		assertThat(failed.json()).containsEntry("failureCode", "keycloak-unavailable");
		return slug;
	}

	private boolean schemaExists(String slug) {
		return this.jdbc.sql("select count(*) from information_schema.schemata where schema_name = ?")
			.param("t_" + slug.replace('-', '_'))
			.query(Integer.class)
			.single() == 1;
	}

	// a platform admin's access token from the platform realm, issued at the address the
	// control plane knows Keycloak by
	// the console client only signs in through the browser (PKCE, no password grant), so
	// the test gives the platform realm the same dev-only password-grant client the
	// tenant realms get in tests (docs/adr/0016)
	private static String adminToken() {
		HttpResponse<String> client = adminCall("POST", "/admin/realms/" + REALM + "/clients",
				"{\"clientId\":\"rustok-dev-cli\",\"publicClient\":true,\"standardFlowEnabled\":false,"
						+ "\"directAccessGrantsEnabled\":true}");
		assertThat(client.statusCode()).as(client.body()).isIn(201, 409);
		String form = "grant_type=password&client_id=rustok-dev-cli&username="
				+ URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&scope=openid";
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI.create(keycloak.url() + "/realms/" + REALM + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("access_token").asString();
	}

	private HttpResponse<String> adminApi(String method, String slug, String token) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/admin/tenants/" + slug))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private static HttpResponse<String> adminCall(String method, String path, String body) {
		KeycloakServer server = KeycloakServer.shared();
		return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
			.header("Authorization", "Bearer " + new KeycloakTokens(server).adminToken())
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()));
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
