package dev.rustok.gateway;

import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import dev.rustok.gateway.RawHttp.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static dev.rustok.gateway.TenantRoutesFixture.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which pages may call which hosts, from configuration: a shop's own pages always, a
 * partner's storefront only where a rule names it, any other site never. Preflights are
 * answered at the edge and a refused call never reaches the runtime.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayCorsIT {

	static final String PARTNER = "https://partner.example";

	static RecordingBackend runtime;

	static RecordingBackend controlPlane;

	@Autowired
	HazelcastInstance hazelcast;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBackends() {
		runtime = RecordingBackend.start("runtime");
		controlPlane = RecordingBackend.start("control-plane");
	}

	@AfterAll
	static void stopBackends() {
		runtime.close();
		controlPlane.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		int memberPort = FreePorts.next();
		registry.add("rustok.cluster.name", () -> "gateway-cors-it-" + UUID.randomUUID());
		registry.add("rustok.cluster.port", () -> memberPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + memberPort);
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", FreePorts::next);
		// the partner's headless storefront may call shop "corsy", and no other shop
		registry.add("rustok.gateway.cors.hosts[0].host", () -> hostOf("corsy"));
		registry.add("rustok.gateway.cors.hosts[0].origins[0]", () -> PARTNER);
	}

	@BeforeEach
	void publishTheShops() {
		for (TenantRoute route : List.of(activeTenant("corsy"), activeTenant("plain"))) {
			TenantRouteMaps.byHost(this.hazelcast).put(route.host(), route);
		}
	}

	@Test
	void answersAPreflightFromTheShopsOwnPagesAtTheEdge() {
		String origin = "http://" + hostOf("plain") + ":8080";

		Response preflight = preflight(hostOf("plain"), "/api/admin/products", origin, "POST");

		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
		assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
		// bearer tokens only: a browser never sends the shop's cookies along
		assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
		assertThat(runtime.receivedAt("/api/admin/products")).as("answered at the edge").isEmpty();
	}

	@Test
	void letsAConfiguredPartnerCallOnlyTheHostItsRuleNames() {
		Response allowedPreflight = preflight(hostOf("corsy"), "/products", PARTNER, "GET");
		Response read = RawHttp.send(this.port,
				"GET /products HTTP/1.1\r\nHost: " + hostOf("corsy") + "\r\nOrigin: " + PARTNER);
		Response otherShop = preflight(hostOf("plain"), "/products", PARTNER, "GET");

		assertThat(allowedPreflight.status()).isEqualTo(200);
		assertThat(allowedPreflight.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
		assertThat(read.header("Access-Control-Expose-Headers")).contains("Retry-After", "RateLimit-Remaining");
		assertThat(otherShop.status()).isEqualTo(403);
		assertThat(otherShop.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void refusesPreflightsFromOtherSitesWithAProblem() {
		List<Response> refused = List.of(
				preflight(hostOf("corsy"), "/api/admin/products", "https://evil.example", "POST"),
				preflight(hostOf("corsy"), "/api/admin/products", "https://" + hostOf("plain"), "POST"),
				preflight(hostOf("corsy"), "/api/admin/products", "https://" + hostOf("corsy") + ".evil.example",
						"GET"),
				preflight(hostOf("corsy"), "/api/admin/products", "null", "GET"),
				preflight(hostOf("corsy"), "/api/admin/products", "http://partner.example", "GET"));

		for (Response response : refused) {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(response.body()).contains("urn:rustok:problem:cross-origin-refused", "\"field\":\"Origin\"");
			assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		}
		assertThat(runtime.receivedAt("/api/admin/products")).isEmpty();
	}

	@Test
	void refusesAWriteFromAnotherSitesPageBeforeTheRuntimeSeesIt() {
		Response write = RawHttp.send(this.port,
				"POST /api/orders HTTP/1.1\r\nHost: " + hostOf("plain")
						+ "\r\nOrigin: https://evil.example\r\nContent-Type: text/plain\r\nContent-Length: 2",
				"{}".getBytes());

		assertThat(write.status()).isEqualTo(403);
		assertThat(write.header("Access-Control-Allow-Origin")).isNull();
		assertThat(runtime.receivedAt("/api/orders")).isEmpty();
	}

	private Response preflight(String host, String path, String origin, String method) {
		return RawHttp.send(this.port,
				"OPTIONS " + path + " HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
						+ "\r\nAccess-Control-Request-Method: " + method
						+ "\r\nAccess-Control-Request-Headers: authorization, content-type\r\nAccept: */*");
	}

}
