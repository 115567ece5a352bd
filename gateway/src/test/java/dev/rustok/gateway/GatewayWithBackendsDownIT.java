package dev.rustok.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import dev.rustok.gateway.RecordingBackend.ReceivedRequest;
import io.micrometer.core.instrument.MeterRegistry;
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

	@Autowired
	MeterRegistry meters;

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
		// no health URLs: a node is healthy while it accepts connections
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", FreePorts::next);
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
	void sendsEveryWriteThatMetTheDeadNodeToTheLiveNodeExactlyOnce() {
		List<EntityExchangeResult<String>> writes = IntStream.range(0, 10).mapToObj((i) -> post("tea-" + i)).toList();

		assertThat(writes).extracting((result) -> result.getStatus().value()).containsOnly(200);
		assertThat(liveRuntime.receivedAt("/orders")).extracting(ReceivedRequest::body)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, 10).mapToObj((i) -> "tea-" + i).toList());
	}

	@Test
	void answersAnUnreachableControlPlaneWithABadGatewayProblem() {
		double upstreamErrorsBefore = upstreamErrors("backend-unreachable");
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
		assertThat(upstreamErrors("backend-unreachable")).as("counted as an upstream error")
			.isGreaterThan(upstreamErrorsBefore);
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

	private EntityExchangeResult<String> post(String sku) {
		return this.client.post()
			.uri("/orders")
			.header("Host", hostOf("resilient"))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(sku)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private double upstreamErrors(String reason) {
		return this.meters.counter("rustok.gateway.upstream.errors", "reason", reason).count();
	}

}
