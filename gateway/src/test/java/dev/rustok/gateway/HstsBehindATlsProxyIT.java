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
 * A gateway behind a proxy that terminates TLS (a load balancer on loopback, named in
 * {@code trusted-proxies}): the browser's connection was TLS when that proxy says
 * {@code X-Forwarded-Proto: https}, so the answer carries HSTS (docs/adr/0092). The
 * untrusted case is {@code GatewayEdgeIT}: the same header from a client the gateway
 * trusts no word of brings none.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HstsBehindATlsProxyIT {

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
		registry.add("rustok.cluster.name", () -> "hsts-it-" + UUID.randomUUID());
		registry.add("rustok.cluster.port", () -> memberPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + memberPort);
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", FreePorts::next);
		// the TLS-terminating proxy in front of the gateway, named as a block of
		// addresses
		registry.add("rustok.gateway.rate-limits.trusted-proxies", () -> "192.0.2.0/24,127.0.0.0/8");
	}

	@BeforeEach
	void publishTheShop() {
		TenantRoute route = activeTenant("behind-tls");
		TenantRouteMaps.byHost(this.hazelcast).put(route.host(), route);
	}

	@Test
	void anAnswerToABrowserWhoseProxyTerminatedTlsCarriesHsts() {
		Response shop = get("/products", hostOf("behind-tls"), "X-Forwarded-Proto: https");
		Response unknownShop = get("/", "nowhere." + TenantRoutesFixture.DOMAIN, "X-Forwarded-Proto: HTTPS");

		assertThat(shop.status()).isEqualTo(200);
		assertThat(unknownShop.status()).isEqualTo(404);
		for (Response response : new Response[] { shop, unknownShop }) {
			assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
		}
	}

	@Test
	void theFirstProtocolOfAChainOfProxiesIsTheBrowsers() {
		assertThat(get("/products", hostOf("behind-tls"), "X-Forwarded-Proto: https, http")
			.header("Strict-Transport-Security")).isNotNull();
		assertThat(get("/products", hostOf("behind-tls"), "X-Forwarded-Proto: http, https")
			.header("Strict-Transport-Security")).isNull();
	}

	@Test
	void plainHttpBehindTheSameProxyGetsNoHsts() {
		assertThat(
				get("/products", hostOf("behind-tls"), "X-Forwarded-Proto: http").header("Strict-Transport-Security"))
			.isNull();
		assertThat(get("/products", hostOf("behind-tls"), "Accept: */*").header("Strict-Transport-Security")).isNull();
	}

	@Test
	void aForwardedHeaderIsNotPassedOnEvenFromATrustedProxy() {
		String path = "/forwarded-" + UUID.randomUUID();

		Response shop = get(path, hostOf("behind-tls"), "Forwarded: host=evil.example;proto=https;for=203.0.113.9");

		assertThat(shop.status()).isEqualTo(200);
		List<RecordingBackend.ReceivedRequest> forwarded = runtime.receivedAt(path);
		assertThat(forwarded).hasSize(1);
		assertThat(forwarded.getFirst().header("Forwarded")).as("the services read X-Forwarded-* only (ADR 0108)")
			.isEmpty();
		assertThat(forwarded.getFirst().header("X-Forwarded-Host")).containsExactly(hostOf("behind-tls"));
	}

	private Response get(String path, String host, String header) {
		return RawHttp.send(this.port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + header);
	}

}
