package dev.rustok.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

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
 * What every request meets at the edge before routing, and what every response leaves
 * with: requests sent byte for byte, as a scanner or an attacker would.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayEdgeIT {

	static final String DEFAULT_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	static final int MANAGEMENT_PORT = FreePorts.next();

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
		registry.add("rustok.cluster.name", () -> "gateway-edge-it-" + UUID.randomUUID());
		registry.add("rustok.cluster.port", () -> memberPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + memberPort);
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", () -> MANAGEMENT_PORT);
	}

	@BeforeEach
	void publishTheShop() {
		TenantRoute route = activeTenant("edgy");
		TenantRouteMaps.byHost(this.hazelcast).put(route.host(), route);
	}

	@Test
	void refusesAmbiguousPathsWithAProblemAndNeverForwardsThem() {
		List<String> paths = List.of("//actuator/health", "/actuator;x/health", "/products/..;/actuator/health",
				"/products/../actuator/health", "/products/%2e%2e/actuator/health", "/./actuator/health",
				"/products%2F..%2Factuator%2Fhealth", "/products%5c..%5cactuator", "/products%252factuator",
				"/products/%00");
		for (String host : List.of(hostOf("edgy"), "portal." + TenantRoutesFixture.DOMAIN)) {
			for (String path : paths) {
				Response response = get(path, host, "application/json");

				assertThat(response.status()).as(path).isEqualTo(400);
				assertThat(response.header("Content-Type")).as(path).isEqualTo("application/problem+json");
				assertThat(response.body()).as(path)
					.contains("\"type\":\"urn:rustok:problem:ambiguous-request\"")
					.contains("\"field\":\"path\"")
					.contains("\"status\":400");
			}
		}
		assertThat(everythingForwarded()).isEmpty();
	}

	@Test
	void showsABrowserAPageForAnAmbiguousPath() {
		Response response = get("//actuator/health", hostOf("edgy"), "text/html,application/xhtml+xml,*/*;q=0.8");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body()).contains("<h1>This address is not valid</h1>")
			.contains("The path contains an empty segment (//)");
		assertThat(everythingForwarded()).isEmpty();
	}

	@Test
	void refusesARequestWithTwoHostsOrNoneOrAnInvalidOne() {
		Response twoHosts = RawHttp.send(this.port,
				"GET /products HTTP/1.1\r\nHost: " + hostOf("edgy") + "\r\nHost: portal." + TenantRoutesFixture.DOMAIN);
		Response noHost = RawHttp.send(this.port, "GET /products HTTP/1.1\r\nAccept: */*");
		Response invalidHost = RawHttp.send(this.port, "GET /products HTTP/1.1\r\nHost: user@" + hostOf("edgy"));

		for (Response response : List.of(twoHosts, noHost, invalidHost)) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(response.body()).contains("\"field\":\"Host\"").contains("ambiguous-request");
		}
		assertThat(twoHosts.body()).contains("more than one Host");
		assertThat(everythingForwarded()).isEmpty();
	}

	@Test
	void keepsTenantHostsAwayFromItsOwnActuatorOnTheManagementPort() {
		Response loopback = RawHttp.send(MANAGEMENT_PORT, "GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1");
		Response tenant = RawHttp.send(MANAGEMENT_PORT, "GET /actuator/health HTTP/1.1\r\nHost: " + hostOf("edgy"));
		Response ambiguous = RawHttp.send(MANAGEMENT_PORT, "GET //actuator/health HTTP/1.1\r\nHost: 127.0.0.1");

		assertThat(loopback.status()).isEqualTo(200);
		assertThat(tenant.status()).isEqualTo(404);
		assertThat(tenant.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(ambiguous.status()).isEqualTo(400);
		Response wrongMethod = RawHttp.send(MANAGEMENT_PORT,
				"DELETE /actuator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(wrongMethod.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void answersRequestsNettyCannotReadWithProblemJsonAndTheSecurityHeaders() {
		Response garbage = RawHttp.send(this.port, "GARBAGE");
		Response badHeaderName = RawHttp.send(this.port,
				"GET /products HTTP/1.1\r\nHost: " + hostOf("edgy") + "\r\nBad Header: x");
		Response badLength = RawHttp.send(this.port,
				"POST /orders HTTP/1.1\r\nHost: " + hostOf("edgy") + "\r\nContent-Length: ten");
		Response longTarget = RawHttp.send(this.port,
				"GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: " + hostOf("edgy"));
		Response backslash = RawHttp.send(this.port, "GET /products\\..\\admin HTTP/1.1\r\nHost: " + hostOf("edgy"));

		for (Response response : List.of(garbage, badHeaderName, badLength, longTarget, backslash)) {
			assertThat(response.status()).isBetween(400, 499);
			assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(response.body()).contains("\"status\":" + response.status()).doesNotContain("Exception");
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("Content-Security-Policy")).isNotBlank();
			assertThat(response.header("Permissions-Policy")).isNotBlank();
			assertThat(response.header("Strict-Transport-Security")).isNull();
		}
		assertThat(longTarget.status()).isEqualTo(414);
		assertThat(everythingForwarded()).isEmpty();
	}

	@Test
	void answersHeadersOverTheConfiguredSizeWith431AndALongerTargetWith414() {
		String host = "\r\nHost: " + hostOf("edgy");
		// 16KB of request line and headers, 8KB of request line (application.yml)
		String justUnder = "\r\nX-Padding-1: " + "a".repeat(7000) + "\r\nX-Padding-2: " + "b".repeat(7000);
		String overInTotal = justUnder + "\r\nX-Padding-3: " + "c".repeat(3000);
		Response under = RawHttp.send(this.port, "GET /products HTTP/1.1" + host + justUnder);
		Response tooManyHeaderBytes = RawHttp.send(this.port, "GET /products HTTP/1.1" + host + overInTotal);
		Response longButAllowedTarget = RawHttp.send(this.port,
				"GET /products?q=" + "d".repeat(7000) + " HTTP/1.1" + host);
		Response tooLongTarget = RawHttp.send(this.port, "GET /products?q=" + "d".repeat(9000) + " HTTP/1.1" + host);

		assertThat(under.status()).isEqualTo(200);
		assertThat(longButAllowedTarget.status()).isEqualTo(200);
		assertThat(tooManyHeaderBytes.status()).isEqualTo(431);
		assertThat(tooLongTarget.status()).isEqualTo(414);
		for (Response refused : List.of(tooManyHeaderBytes, tooLongTarget)) {
			assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(refused.body()).contains("\"status\":" + refused.status()).doesNotContain("Exception");
			assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		assertThat(tooManyHeaderBytes.body()).contains("The request headers are too large");
		assertThat(runtime.receivedAt("/products")).noneMatch((request) -> request.header("X-Padding-3").size() > 0);
	}

	@Test
	void refusesABodyLargerThanTheLimitWhetherDeclaredOrChunked() {
		Response declared = RawHttp.send(this.port, "POST /orders HTTP/1.1\r\nHost: " + hostOf("edgy")
				+ "\r\nContent-Type: text/plain\r\nContent-Length: 2000000");
		StringBuilder chunks = new StringBuilder();
		String chunk = "x".repeat(65536);
		for (int i = 0; i < 20; i++) {
			chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
		}
		Response chunked = RawHttp.send(this.port,
				"POST /orders HTTP/1.1\r\nHost: " + hostOf("edgy")
						+ "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked",
				chunks.append("0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII));

		for (Response response : List.of(declared, chunked)) {
			assertThat(response.status()).isEqualTo(413);
			assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(response.body()).contains("The request body is larger than 1048576 bytes");
		}
		assertThat(everythingForwarded()).isEmpty();
	}

	@Test
	void addsTheSecurityHeadersToProxiedResponsesAndItsOwnPages() {
		Response proxied = get("/products", hostOf("edgy"), "text/html");
		Response unknownShopPage = get("/", "nowhere." + TenantRoutesFixture.DOMAIN, "text/html");
		Response unknownShopJson = get("/", "nowhere." + TenantRoutesFixture.DOMAIN, "application/json");

		for (Response response : List.of(proxied, unknownShopPage, unknownShopJson)) {
			assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.header("Permissions-Policy")).contains("camera=()", "geolocation=()", "payment=(self)");
			assertThat(response.header("Strict-Transport-Security")).as("plain HTTP promises no TLS").isNull();
		}
		assertThat(proxied.status()).isEqualTo(200);
		assertThat(proxied.header("Content-Security-Policy")).isEqualTo(DEFAULT_POLICY);
		assertThat(unknownShopPage.status()).isEqualTo(404);
		assertThat(unknownShopPage.header("Content-Security-Policy"))
			.startsWith("default-src 'none'; style-src 'sha256-");
		assertThat(unknownShopJson.header("Content-Security-Policy")).isEqualTo(DEFAULT_POLICY);
	}

	@Test
	void aClientClaimingTlsInAForwardedHeaderGetsNoHstsFromAGatewayThatTrustsNoProxy() {
		Response claimed = RawHttp.send(this.port,
				"GET /products HTTP/1.1\r\nHost: " + hostOf("edgy") + "\r\nX-Forwarded-Proto: https");

		assertThat(claimed.status()).isEqualTo(200);
		assertThat(claimed.header("Strict-Transport-Security")).as("only a trusted proxy's word counts (ADR 0092)")
			.isNull();
	}

	@Test
	void keepsThePolicyABackendSetForItsOwnPage() {
		Response portalPage = get("/own-policy", "portal." + TenantRoutesFixture.DOMAIN, "text/html");

		assertThat(portalPage.status()).isEqualTo(200);
		assertThat(portalPage.header("Content-Security-Policy")).isEqualTo("default-src 'none'");
		assertThat(portalPage.header("X-Frame-Options")).isEqualTo("DENY");
	}

	private Response get(String path, String host, String accept) {
		return RawHttp.send(this.port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept);
	}

	// what this test's gateway forwarded, apart from the pages asked for on purpose (a
	// port that another test run left dead may be ours now, and its gateway may still
	// call)
	private static List<RecordingBackend.ReceivedRequest> everythingForwarded() {
		List<String> ourHosts = List.of(hostOf("edgy"), "portal." + TenantRoutesFixture.DOMAIN);
		return Stream.of(runtime, controlPlane)
			.flatMap((backend) -> backend.received().stream())
			.filter((request) -> ourHosts.containsAll(request.header("X-Forwarded-Host")))
			.filter((request) -> !request.path().equals("/products") && !request.path().equals("/own-policy"))
			.toList();
	}

}
