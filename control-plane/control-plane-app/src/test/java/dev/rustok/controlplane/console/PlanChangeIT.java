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

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.console.ConsoleBrowser.Page;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A platform admin puts a shop on another plan, through the admin API and the console:
 * the registry keeps it and the shop's route carries it at once, which is what the
 * gateways limit by (docs/adr/0042).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlanChangeIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String REALM = "platform-it-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String ADMIN = "admin@platform.example";

	private static final String ADMIN_PASSWORD = "platform-admin-password";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
		properties.add("rustok.console.realm", () -> REALM);
	}

	@AfterAll
	static void cleanUp() {
		services.database().drop();
		keycloakAdmin("DELETE", "/admin/realms/" + REALM, null);
	}

	@BeforeEach
	void awaitThePlatformRealm() {
		await().atMost(Duration.ofMinutes(1))
			.until(() -> keycloakAdmin("GET", "/admin/realms/" + REALM, null).statusCode(), (status) -> status == 200);
	}

	@Test
	void aPlatformAdminPutsAShopOnTheProPlanThroughTheApiAndItsRouteCarriesIt() {
		String slug = activeShop();

		HttpResponse<String> changed = putPlan(slug, "{\"plan\":\"pro\"}", adminToken());

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json.readTree(changed.body()).path("plan").asString()).isEqualTo("pro");
		assertThat(storedPlan(slug)).isEqualTo("pro");
		assertThat(route(slug).plan()).isEqualTo("pro");
		assertThat(TenantRouteMaps.byTenantId(this.hazelcast).get(slug).plan()).isEqualTo("pro");
	}

	@Test
	void aPlanThatDoesNotExistIsRefusedNamingTheFieldAndNothingChanges() {
		String slug = activeShop();

		HttpResponse<String> refused = putPlan(slug, "{\"plan\":\"platinum\"}", adminToken());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.toString()).contains("\"plan\"", "trial, basic, pro, enterprise");
		assertThat(storedPlan(slug)).isEqualTo("trial");
		assertThat(route(slug).plan()).isEqualTo("trial");
	}

	@Test
	void onlyAPlatformAdminCanChangeAPlanAndOnlyOfAShopThatExists() {
		String slug = activeShop();

		assertThat(putPlan(slug, "{\"plan\":\"enterprise\"}", null).statusCode()).isEqualTo(401);
		assertThat(putPlan("shop-that-never-was", "{\"plan\":\"pro\"}", adminToken()).statusCode()).isEqualTo(404);
		assertThat(storedPlan(slug)).isEqualTo("trial");
	}

	@Test
	void aPlatformAdminChangesThePlanFromTheConsole() {
		String slug = activeShop();
		ConsoleBrowser browser = new ConsoleBrowser(this.port);
		Page console = browser.logIn(browser.open("http://console.localhost:8080/"), ADMIN, ADMIN_PASSWORD);
		assertThat(console.tenantRows().get(slug)).contains("class=\"change-plan\"", "value=\"trial\" selected");

		Page after = browser.submitTenantForm(console, slug, "/plan", "plan=enterprise");

		assertThat(after.status()).as(after::describe).isEqualTo(200);
		assertThat(after.body()).contains(slug + " is now on the enterprise plan");
		assertThat(after.tenantRows().get(slug)).contains("value=\"enterprise\" selected");
		assertThat(route(slug).plan()).isEqualTo("enterprise");
	}

	private String activeShop() {
		PortalApi api = new PortalApi(this.port);
		String slug = ControlPlaneServices.aSlug();
		assertThat(api.signUp("Acme", slug, "owner@" + slug + ".example", "correct-horse-battery-9").status())
			.isEqualTo(202);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> api.get("/api/signup/" + slug).json().get("status"), "ACTIVE"::equals);
		return slug;
	}

	private TenantRoute route(String slug) {
		return TenantRouteMaps.byHost(this.hazelcast).get(slug + ".localhost");
	}

	private String storedPlan(String slug) {
		return this.jdbc.sql("select plan from control.tenant where slug = ?").param(slug).query(String.class).single();
	}

	private HttpResponse<String> putPlan(String slug, String body, String token) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/admin/tenants/" + slug + "/plan"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	// the console client signs in through the browser only, so the test gives the
	// platform realm the dev-only password-grant client tenant realms get in tests
	// (docs/adr/0016), as FailedSignupRecoveryIT does
	private static String adminToken() {
		HttpResponse<String> client = keycloakAdmin("POST", "/admin/realms/" + REALM + "/clients",
				"{\"clientId\":\"rustok-dev-cli\",\"publicClient\":true,\"standardFlowEnabled\":false,"
						+ "\"directAccessGrantsEnabled\":true}");
		assertThat(client.statusCode()).as(client.body()).isIn(201, 409);
		String form = "grant_type=password&client_id=rustok-dev-cli&username="
				+ URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&scope=openid";
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI
				.create(KeycloakServer.shared().baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("access_token").asString();
	}

	private static HttpResponse<String> keycloakAdmin(String method, String path, String body) {
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
