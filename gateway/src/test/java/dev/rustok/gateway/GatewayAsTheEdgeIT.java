package dev.rustok.gateway;

import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import dev.rustok.gateway.RawHttp.Response;
import dev.rustok.gateway.RecordingBackend.ReceivedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The gateway as the edge itself, with no trusted proxy in front: the client is not a
 * proxy it trusts (the trusted address is one this test never uses), so nothing the
 * client claims about the original request reaches a service, and the gateway says the
 * host and scheme itself (docs/adr/0094).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayAsTheEdgeIT {

	static RecordingBackend runtime;

	@Autowired
	HazelcastInstance hazelcast;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBackend() {
		runtime = RecordingBackend.start("runtime");
	}

	@AfterAll
	static void stopBackend() {
		runtime.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		int memberPort = FreePorts.next();
		registry.add("rustok.cluster.name", () -> "gateway-as-edge-it-" + UUID.randomUUID());
		registry.add("rustok.cluster.port", () -> memberPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + memberPort);
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", () -> "http://127.0.0.1:1");
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", FreePorts::next);
		// TEST-NET-1: no request of this test comes from it
		registry.add("spring.cloud.gateway.server.webflux.trusted-proxies", () -> "192\\.0\\.2\\.1");
	}

	@Test
	void forwardsTheHostAndSchemeItServedNotTheOnesAClientClaims() {
		String slug = "edge-" + UUID.randomUUID().toString().substring(0, 8);
		TenantRoute route = activeTenant(slug);
		TenantRouteMaps.byHost(this.hazelcast).put(route.host(), route);
		String path = "/claims-" + slug;

		Response response = RawHttp.send(this.port,
				"GET " + path + " HTTP/1.1\r\nHost: " + hostOf(slug) + "\r\nX-Forwarded-Host: evil.example\r\n"
						+ "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Port: 443\r\n"
						+ "Forwarded: host=evil.example;proto=https;for=203.0.113.9\r\n"
						+ "X-Rustok-Tenant: someone-else");

		assertThat(response.status()).isEqualTo(200);
		List<ReceivedRequest> forwarded = runtime.receivedAt(path);
		assertThat(forwarded).hasSize(1);
		ReceivedRequest request = forwarded.getFirst();
		assertThat(request.header("X-Forwarded-Host")).containsExactly(hostOf(slug));
		assertThat(request.header("X-Forwarded-Proto")).containsExactly("http");
		assertThat(request.header("X-Forwarded-For")).isEmpty();
		assertThat(request.header("X-Forwarded-Port")).isEmpty();
		assertThat(request.header("Forwarded")).isEmpty();
		assertThat(request.header(GatewayHeaders.TENANT)).containsExactly(slug);
	}

}
