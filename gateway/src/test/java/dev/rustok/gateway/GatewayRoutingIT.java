package dev.rustok.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.RequestIds;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.controlplane.api.TenantSignature.Verification;
import dev.rustok.devservices.FreePorts;
import dev.rustok.gateway.RecordingBackend.ReceivedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static dev.rustok.gateway.TenantRoutesFixture.hostOf;
import static dev.rustok.gateway.TenantRoutesFixture.suspendedTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway on a real port, with a real Hazelcast member standing in for provisioning
 * (it writes the routes) and real HTTP servers standing in for two runtime nodes and the
 * control plane.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

	static final String SECRET = "gateway-it-secret-" + UUID.randomUUID();

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	static final String CLUSTER = "gateway-it-" + UUID.randomUUID();

	static final int PLATFORM_MEMBER_PORT = FreePorts.next();

	static final int GATEWAY_MEMBER_PORT = FreePorts.next();

	static final int MANAGEMENT_PORT = FreePorts.next();

	static final List<String> MEMBERS = List.of("127.0.0.1:" + PLATFORM_MEMBER_PORT,
			"127.0.0.1:" + GATEWAY_MEMBER_PORT);

	// a member started by PlatformCluster batches near cache invalidations, sending them
	// at the latest every 10 s (hazelcast.map.invalidation.batchfrequency.seconds)
	static final Duration NEAR_CACHE_INVALIDATION = Duration.ofSeconds(20);

	static RecordingBackend runtimeA;

	static RecordingBackend runtimeB;

	static RecordingBackend controlPlane;

	static HazelcastInstance platformMember;

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeAll
	static void startPlatform() {
		runtimeA = RecordingBackend.start("runtime-a");
		runtimeB = RecordingBackend.start("runtime-b");
		controlPlane = RecordingBackend.start("control-plane");
		platformMember = PlatformCluster.start(ClusterSettings.onLoopback(CLUSTER, PLATFORM_MEMBER_PORT, MEMBERS));
	}

	@AfterAll
	static void stopPlatform() {
		platformMember.shutdown();
		runtimeA.close();
		runtimeB.close();
		controlPlane.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("rustok.cluster.name", () -> CLUSTER);
		registry.add("rustok.cluster.port", () -> GATEWAY_MEMBER_PORT);
		registry.add("rustok.cluster.members", () -> String.join(",", MEMBERS));
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.secret", () -> SECRET);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", () -> runtimeA.url() + "," + runtimeB.url());
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", () -> MANAGEMENT_PORT);
	}

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		await().atMost(Duration.ofSeconds(60)).until(() -> platformMember.getCluster().getMembers().size() == 2);
	}

	@Test
	void forwardsATenantHostToTheRuntimeWithASignatureTheRuntimeCanVerify() {
		publish(activeTenant("acme"));

		this.client.get()
			.uri("/products?page=2")
			.header("Host", hostOf("acme") + ":" + this.port)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isIn("runtime-a", "runtime-b"));

		ReceivedRequest forwarded = onlyRequestAt("/products");
		assertThat(forwarded.header(GatewayHeaders.TENANT)).containsExactly("acme");
		String signature = forwarded.header(GatewayHeaders.TENANT_SIGNATURE).getFirst();
		TenantSignature runtime = new TenantSignature(SECRET);
		assertThat(runtime.verify(SignedRequest.of("GET", "/products", "page=2", "acme"), signature, Instant.now()))
			.isEqualTo(Verification.VALID);
		assertThat(runtime.verify(SignedRequest.of("GET", "/products", "page=3", "acme"), signature, Instant.now()))
			.as("the same signature for another query")
			.isEqualTo(Verification.NOT_SIGNED);
		assertThat(forwarded.header("X-Forwarded-Host")).containsExactly(hostOf("acme") + ":" + this.port);
	}

	@Test
	void replacesTheTenantHeadersAClientMadeUp() {
		publish(activeTenant("honest"));
		String forgedSignature = new TenantSignature("a-secret-the-client-guessed")
			.sign(SignedRequest.of("GET", "/spoofed", null, "victim"));

		this.client.get()
			.uri("/spoofed")
			.header("Host", hostOf("honest"))
			.header(GatewayHeaders.TENANT, "victim")
			.header("x-rustok-tenant-signature", forgedSignature)
			.exchange()
			.expectStatus()
			.isOk();

		ReceivedRequest forwarded = onlyRequestAt("/spoofed");
		assertThat(forwarded.header(GatewayHeaders.TENANT)).containsExactly("honest");
		assertThat(forwarded.header(GatewayHeaders.TENANT_SIGNATURE)).hasSize(1)
			.allSatisfy((signature) -> assertThat(new TenantSignature(SECRET)
				.verify(SignedRequest.of("GET", "/spoofed", null, "honest"), signature, Instant.now()))
				.isEqualTo(Verification.VALID));
	}

	@Test
	void spreadsRequestsOverBothRuntimeNodes() {
		publish(activeTenant("busy"));

		Map<String, Long> answeredBy = IntStream.range(0, 20)
			.mapToObj((i) -> this.client.get()
				.uri("/spread")
				.header("Host", hostOf("busy"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

		assertThat(answeredBy.get("runtime-a")).isGreaterThanOrEqualTo(5);
		assertThat(answeredBy.get("runtime-b")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void forwardsTheRequestIdAClientSentAndReturnsIt() {
		publish(activeTenant("traced"));

		this.client.get()
			.uri("/traced")
			.header("Host", hostOf("traced"))
			.header(RequestIds.HEADER, "checkout-42")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(RequestIds.HEADER, "checkout-42");

		assertThat(onlyRequestAt("/traced").header(RequestIds.HEADER)).containsExactly("checkout-42");
	}

	@Test
	void givesARequestWithoutAUsableIdANewOneThatTheRuntimeAndTheClientBothSee() {
		publish(activeTenant("untraced"));

		String returned = this.client.get()
			.uri("/untraced")
			.header("Host", hostOf("untraced"))
			.header(RequestIds.HEADER, "not an id; with spaces")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(RequestIds.HEADER);

		assertThat(returned).matches("[0-9a-f-]{36}");
		assertThat(onlyRequestAt("/untraced").header(RequestIds.HEADER)).containsExactly(returned);
	}

	@Test
	void aProblemTheGatewayAnswersNamesTheRequestId() {
		this.client.get()
			.uri("/")
			.header("Host", "nobody-lives-here." + TenantRoutesFixture.DOMAIN)
			.header(RequestIds.HEADER, "lost-shopper-7")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals(RequestIds.HEADER, "lost-shopper-7")
			.expectBody()
			.jsonPath("$.requestId")
			.isEqualTo("lost-shopper-7");
	}

	@Test
	void answersAnUnknownHostWithAProblemNamingTheHost() {
		this.client.get()
			.uri("/products")
			.header("Host", "Nowhere.Rustok.Test:8080")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.isEqualTo("urn:rustok:problem:unknown-host")
			.jsonPath("$.title")
			.isEqualTo("Unknown shop")
			.jsonPath("$.detail")
			.isEqualTo("No shop lives at nowhere.rustok.test")
			.jsonPath("$.host")
			.isEqualTo("nowhere.rustok.test");
	}

	@Test
	void showsABrowserAPageForAnUnknownHost() {
		this.client.get()
			.uri("/")
			.header("Host", "nowhere.rustok.test")
			.header("Accept", BROWSER_ACCEPT)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("<h1>No shop lives at nowhere.rustok.test</h1>")
				.doesNotContain("Exception"));
	}

	@Test
	void answersASuspendedTenantWith503AndNeverForwardsIt() {
		publish(suspendedTenant("frozen"));

		this.client.get()
			.uri("/frozen")
			.header("Host", hostOf("frozen"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:rustok:problem:tenant-suspended")
			.jsonPath("$.host")
			.isEqualTo(hostOf("frozen"));
		this.client.get()
			.uri("/frozen")
			.header("Host", hostOf("frozen"))
			.header("Accept", BROWSER_ACCEPT)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("This shop is temporarily unavailable"));

		assertThat(requestsAt("/frozen")).isEmpty();
	}

	@Test
	void servesATenantPublishedAfterTheGatewayAlreadyAnswered404ForIt() {
		this.client.get().uri("/late").header("Host", hostOf("latecomer")).exchange().expectStatus().isNotFound();

		publish(activeTenant("latecomer"));

		await().atMost(NEAR_CACHE_INVALIDATION)
			.untilAsserted(() -> this.client.get()
				.uri("/late")
				.header("Host", hostOf("latecomer"))
				.exchange()
				.expectStatus()
				.isOk());
		assertThat(onlyRequestAt("/late").header(GatewayHeaders.TENANT)).containsExactly("latecomer");
	}

	@Test
	void stopsServingATenantOnceItIsSuspended() {
		publish(activeTenant("defaulter"));
		this.client.get().uri("/before").header("Host", hostOf("defaulter")).exchange().expectStatus().isOk();

		publish(suspendedTenant("defaulter"));

		await().atMost(NEAR_CACHE_INVALIDATION)
			.untilAsserted(() -> this.client.get()
				.uri("/after")
				.header("Host", hostOf("defaulter"))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
	}

	@Test
	void forwardsThePortalAndConsoleToTheControlPlaneWithoutTenantHeaders() {
		this.client.get()
			.uri("/signup")
			.header("Host", "portal." + TenantRoutesFixture.DOMAIN)
			.header(GatewayHeaders.TENANT, "victim")
			.header(GatewayHeaders.TENANT_SIGNATURE, "forged")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("control-plane");
		this.client.get()
			.uri("/tenants")
			.header("Host", "console." + TenantRoutesFixture.DOMAIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("control-plane");

		ReceivedRequest signup = controlPlane.receivedAt("/signup").getFirst();
		assertThat(signup.header(GatewayHeaders.TENANT)).isEmpty();
		assertThat(signup.header(GatewayHeaders.TENANT_SIGNATURE)).isEmpty();
		assertThat(signup.header("X-Forwarded-Host")).containsExactly("portal." + TenantRoutesFixture.DOMAIN);
	}

	@Test
	void servesItsOwnHealthOnTheLoopbackManagementPortToLoopbackHostsOnly() {
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + MANAGEMENT_PORT)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		management.get()
			.uri("/actuator/health")
			.header("Host", "127.0.0.1:" + MANAGEMENT_PORT)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		management.get().uri("/actuator/health/readiness").header("Host", "localhost").exchange().expectStatus().isOk();
		// a Kubernetes probe names the pod's IP
		management.get()
			.uri("/actuator/health/liveness")
			.header("Host", "10.1.2.3:8080")
			.exchange()
			.expectStatus()
			.isOk();

		publish(activeTenant("curious"));
		management.get()
			.uri("/actuator/health")
			.header("Host", hostOf("curious"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		// the traffic port serves no actuator at all, whatever the host
		this.client.get()
			.uri("/actuator/health")
			.header("Host", "127.0.0.1:" + this.port)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/actuator/health")
			.header("Host", hostOf("curious"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get().uri("/products").header("Host", "localhost").exchange().expectStatus().isNotFound();
		assertThat(requestsAt("/actuator/health")).isEmpty();
	}

	private void publish(TenantRoute route) {
		TenantRouteMaps.byTenantId(platformMember).put(route.tenantId(), route);
		TenantRouteMaps.byHost(platformMember).put(route.host(), route);
	}

	private static List<ReceivedRequest> requestsAt(String path) {
		return Stream.of(runtimeA, runtimeB, controlPlane)
			.flatMap((backend) -> backend.receivedAt(path).stream())
			.toList();
	}

	private static ReceivedRequest onlyRequestAt(String path) {
		List<ReceivedRequest> requests = requestsAt(path);
		assertThat(requests).hasSize(1);
		return requests.getFirst();
	}

}
