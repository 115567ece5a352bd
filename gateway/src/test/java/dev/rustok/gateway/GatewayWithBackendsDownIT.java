package dev.rustok.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static dev.rustok.gateway.TenantRoutesFixture.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway when its backends are down: one of two runtime nodes listens on nothing,
 * and so does the control plane. A lone gateway member holds the routes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayWithBackendsDownIT {

	static final int DEAD_RUNTIME_PORT = FreePorts.next();

	static final int DEAD_CONTROL_PLANE_PORT = FreePorts.next();

	static RecordingBackend liveRuntime;

	@Autowired
	HazelcastInstance hazelcast;

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeAll
	static void startTheLiveNode() {
		liveRuntime = RecordingBackend.start("runtime-live");
	}

	@AfterAll
	static void stopTheLiveNode() {
		liveRuntime.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		int memberPort = FreePorts.next();
		registry.add("rustok.cluster.name", () -> "gateway-down-it-" + UUID.randomUUID());
		registry.add("rustok.cluster.port", () -> memberPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + memberPort);
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", () -> "http://127.0.0.1:" + DEAD_CONTROL_PLANE_PORT);
		registry.add("rustok.gateway.runtime-urls", () -> liveRuntime.url() + ",http://127.0.0.1:" + DEAD_RUNTIME_PORT);
	}

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		TenantRoute route = activeTenant("resilient");
		TenantRouteMaps.byHost(this.hazelcast).put(route.host(), route);
	}

	@Test
	void servesEveryReadFromTheLiveNodeWhenTheOtherNodeIsDown() {
		for (int i = 0; i < 10; i++) {
			this.client.get()
				.uri("/products")
				.header("Host", hostOf("resilient"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.isEqualTo("runtime-live");
		}
	}

	@Test
	void answersAWriteThatMetTheDeadNodeWithABadGatewayProblem() {
		List<EntityExchangeResult<String>> writes = List.of(post(), post());

		assertThat(writes).extracting((result) -> result.getStatus().value()).containsExactlyInAnyOrder(200, 502);
		EntityExchangeResult<String> failed = writes.stream()
			.filter((result) -> result.getStatus() == HttpStatus.BAD_GATEWAY)
			.findFirst()
			.orElseThrow();
		assertThat(failed.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(failed.getResponseBody()).contains("\"type\":\"urn:rustok:problem:backend-unreachable\"")
			.contains("\"host\":\"" + hostOf("resilient") + "\"")
			.doesNotContain("Exception")
			.doesNotContain("127.0.0.1");
		assertThat(liveRuntime.receivedAt("/orders")).hasSize(1);
	}

	@Test
	void answersAnUnreachableControlPlaneWithABadGatewayProblem() {
		this.client.get()
			.uri("/signup")
			.header("Host", "portal." + TenantRoutesFixture.DOMAIN)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_GATEWAY)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(502)
			.jsonPath("$.type")
			.isEqualTo("urn:rustok:problem:backend-unreachable")
			.jsonPath("$.host")
			.isEqualTo("portal." + TenantRoutesFixture.DOMAIN);
		this.client.get()
			.uri("/signup")
			.header("Host", "portal." + TenantRoutesFixture.DOMAIN)
			.header("Accept", "text/html")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_GATEWAY)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("This site cannot be reached right now"));
	}

	private EntityExchangeResult<String> post() {
		return this.client.post()
			.uri("/orders")
			.header("Host", hostOf("resilient"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"sku\":\"tea\"}")
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

}
