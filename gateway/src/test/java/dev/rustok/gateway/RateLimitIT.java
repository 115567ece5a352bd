package dev.rustok.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.devservices.FreePorts;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static dev.rustok.gateway.TenantRoutesFixture.hostOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rate limits through the gateway on a real port, with a real Hazelcast member holding
 * routes and buckets and real HTTP servers standing in for the runtime and the control
 * plane. Each test is one client address (named in {@code X-Forwarded-For} by the trusted
 * proxy on loopback) and one shop, so no test spends another's budget.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RateLimitIT {

	static final int TRIAL_PER_MINUTE = 20;

	static final int TRIAL_ADMIN_PER_MINUTE = 5;

	static final int PRO_PER_MINUTE = 500;

	static final int ANONYMOUS_PER_MINUTE = 40;

	static final int SIGNUPS_PER_HOUR = 10;

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	static final String CLUSTER = "rate-limit-it-" + UUID.randomUUID();

	static final int PLATFORM_MEMBER_PORT = FreePorts.next();

	static final int GATEWAY_MEMBER_PORT = FreePorts.next();

	static final List<String> MEMBERS = List.of("127.0.0.1:" + PLATFORM_MEMBER_PORT,
			"127.0.0.1:" + GATEWAY_MEMBER_PORT);

	static final int MANAGEMENT_PORT = FreePorts.next();

	static final AtomicInteger clients = new AtomicInteger();

	static RecordingBackend runtime;

	static RecordingBackend controlPlane;

	static HazelcastInstance platformMember;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	WebTestClient client;

	@BeforeAll
	static void startPlatform() {
		runtime = RecordingBackend.start("runtime");
		controlPlane = RecordingBackend.start("control-plane");
		platformMember = PlatformCluster.start(ClusterSettings.onLoopback(CLUSTER, PLATFORM_MEMBER_PORT, MEMBERS));
	}

	@AfterAll
	static void stopPlatform() {
		platformMember.shutdown();
		runtime.close();
		controlPlane.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("rustok.cluster.name", () -> CLUSTER);
		registry.add("rustok.cluster.port", () -> GATEWAY_MEMBER_PORT);
		registry.add("rustok.cluster.members", () -> String.join(",", MEMBERS));
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", () -> MANAGEMENT_PORT);
		registry.add("rustok.gateway.rate-limits.trusted-proxies", () -> "127.0.0.1");
		// "signed-in" calls here carry a made-up token: the edge token check
		// (ShopTokensIT)
		// would refuse them before they count
		registry.add("rustok.gateway.tokens.enabled", () -> false);
		registry.add("rustok.gateway.rate-limits.anonymous-per-minute", () -> ANONYMOUS_PER_MINUTE);
		registry.add("rustok.gateway.rate-limits.anonymous-burst-per-second", () -> 1000);
		registry.add("rustok.gateway.rate-limits.signups-per-hour", () -> SIGNUPS_PER_HOUR);
		registry.add("rustok.billing.plans.trial.storefront-requests-per-minute", () -> TRIAL_PER_MINUTE);
		registry.add("rustok.billing.plans.trial.admin-requests-per-minute", () -> TRIAL_ADMIN_PER_MINUTE);
		registry.add("rustok.billing.plans.trial.burst-per-second", () -> 1000);
		registry.add("rustok.billing.plans.pro.storefront-requests-per-minute", () -> PRO_PER_MINUTE);
	}

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		await().atMost(Duration.ofMinutes(1)).until(() -> platformMember.getCluster().getMembers().size() == 2);
	}

	@Test
	void aShopOverItsPlansStorefrontLimitIsAnsweredWithAProblemThatSaysWhenToComeBack() {
		String shop = publish(activeTenant(aSlug()));
		String signedIn = "Bearer any";

		for (int i = 0; i < TRIAL_PER_MINUTE; i++) {
			get(shop, "/products", signedIn).expectStatus().isOk();
		}
		EntityExchangeResult<String> refused = get(shop, "/products", signedIn).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult();

		assertThat(refused.getResponseBody()).contains("urn:rustok:problem:too-many-requests", "\"status\":429",
				"\"host\":\"" + shop + "\"");
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.getResponseHeaders().getFirst("RateLimit-Limit")).isEqualTo("20");
		assertThat(refused.getResponseHeaders().getFirst("RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("RateLimit-Reset"))).isBetween(1L, 60L);
		assertThat(requestsReceivedFor(shop)).isEqualTo(TRIAL_PER_MINUTE);
		assertThat(this.meters.counter("rustok.gateway.rate.limit.rejections", "limit", "storefront", "plan", "trial")
			.count()).isPositive();
	}

	@Test
	void anAdmittedRequestSaysHowManyAreLeft() {
		String shop = publish(activeTenant(aSlug()));

		get(shop, "/products", "Bearer any").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("RateLimit-Limit", "20")
			.expectHeader()
			.valueEquals("RateLimit-Remaining", "19");
	}

	@Test
	void aBrowserOverTheLimitSeesAPage() {
		String shop = publish(activeTenant(aSlug()));
		for (int i = 0; i < TRIAL_PER_MINUTE; i++) {
			get(shop, "/", "Bearer any").expectStatus().isOk();
		}

		String page = this.client.get()
			.uri("/")
			.header("Host", shop)
			.header("Authorization", "Bearer any")
			.header("Accept", BROWSER_ACCEPT)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.exists("Retry-After")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("<h1>Too many requests, please wait a moment</h1>", "429");
	}

	@Test
	void theAdminApiHasItsOwnLimitBesideTheStorefronts() {
		String shop = publish(activeTenant(aSlug()));

		for (int i = 0; i < TRIAL_ADMIN_PER_MINUTE; i++) {
			get(shop, "/api/admin/products", "Bearer any").expectStatus().isOk();
		}
		get(shop, "/api/admin/products", "Bearer any").expectStatus().isEqualTo(429);

		get(shop, "/products", "Bearer any").expectStatus().isOk();
	}

	@Test
	void aShopAtItsLimitDoesNotSpendAnotherShopsBudget() {
		String busy = publish(activeTenant(aSlug()));
		String quiet = publish(activeTenant(aSlug()));
		for (int i = 0; i < TRIAL_PER_MINUTE; i++) {
			get(busy, "/products", "Bearer any").expectStatus().isOk();
		}
		get(busy, "/products", "Bearer any").expectStatus().isEqualTo(429);

		get(quiet, "/products", "Bearer any").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("RateLimit-Remaining", "19");
	}

	@Test
	void aShopPutOnAPlanWithMoreRequestsIsAdmittedAgainWithinFiveSeconds() {
		TenantRoute trial = activeTenant(aSlug());
		String shop = publish(trial);
		for (int i = 0; i < TRIAL_PER_MINUTE; i++) {
			get(shop, "/products", "Bearer any").expectStatus().isOk();
		}
		get(shop, "/products", "Bearer any").expectStatus().isEqualTo(429);

		long changed = System.nanoTime();
		publish(new TenantRoute(trial.host(), trial.tenantId(), TenantStatus.ACTIVE, trial.realm(), "pro",
				trial.schema()));

		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> status(shop, "/products", "Bearer any") == 200);
		Duration applied = Duration.ofNanos(System.nanoTime() - changed);
		get(shop, "/products", "Bearer any").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("RateLimit-Limit", String.valueOf(PRO_PER_MINUTE));
		assertThat(applied).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void anAnonymousClientIsLimitedByItsAddressAcrossShops() {
		String client = aClientAddress();
		// few enough requests per shop that no shop reaches its own limit
		List<String> shops = IntStream.range(0, 5).mapToObj((i) -> publish(activeTenant(aSlug()))).toList();

		int admitted = 0;
		for (int i = 0; i < ANONYMOUS_PER_MINUTE + 5; i++) {
			admitted += (anonymousStatus(shops.get(i % shops.size()), client) == 200) ? 1 : 0;
		}

		assertThat(admitted).isEqualTo(ANONYMOUS_PER_MINUTE);
		assertThat(anonymousStatus(shops.get(0), aClientAddress())).as("another address").isEqualTo(200);
	}

	@Test
	void theEleventhSignupFromOneAddressWithinTheHourIsRefused() {
		String client = aClientAddress();

		for (int i = 0; i < SIGNUPS_PER_HOUR; i++) {
			assertThat(signUp(client)).as("signup %d", i + 1).isEqualTo(200);
		}

		assertThat(signUp(client)).isEqualTo(429);
		assertThat(signUp(aClientAddress())).as("from another address").isEqualTo(200);
		assertThat(this.client.get()
			.uri("/")
			.header("Host", "portal." + TenantRoutesFixture.DOMAIN)
			.header("X-Forwarded-For", client)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value()).as("the portal page from the same address").isEqualTo(200);
	}

	@Test
	void aClientCannotEscapeItsLimitByPrependingAddressesToXForwardedFor() {
		String client = aClientAddress();
		int admitted = 0;
		for (int i = 0; i < SIGNUPS_PER_HOUR + 3; i++) {
			int status = this.client.post()
				.uri("/api/signup")
				.header("Host", "portal." + TenantRoutesFixture.DOMAIN)
				.header("X-Forwarded-For", "198.51.100." + i + ", " + client)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value();
			admitted += (status == 200) ? 1 : 0;
		}

		assertThat(admitted).isEqualTo(SIGNUPS_PER_HOUR);
	}

	@Test
	void prometheusOnTheManagementPortShowsRequestsAndRefusalsByPlanNeverByShop() {
		String shop = publish(activeTenant(aSlug()));
		for (int i = 0; i <= TRIAL_PER_MINUTE; i++) {
			get(shop, "/products", "Bearer any");
		}

		String scrape = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + MANAGEMENT_PORT)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(scrape).contains("rustok_gateway_requests_seconds_bucket{",
				"plan=\"trial\",status=\"2xx\",traffic=\"storefront\"",
				"plan=\"trial\",status=\"4xx\",traffic=\"storefront\"",
				"rustok_gateway_rate_limit_rejections_total{limit=\"storefront\",plan=\"trial\"}");
		assertThat(scrape).as("no tenant id becomes a tag").doesNotContain(shop.substring(0, shop.indexOf('.')));
	}

	private int signUp(String clientAddress) {
		return this.client.post()
			.uri("/api/signup")
			.header("Host", "portal." + TenantRoutesFixture.DOMAIN)
			.header("X-Forwarded-For", clientAddress)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private WebTestClient.ResponseSpec get(String host, String path, String authorization) {
		return this.client.method(HttpMethod.GET)
			.uri(path)
			.header("Host", host)
			.header("Authorization", authorization)
			.exchange();
	}

	private int status(String host, String path, String authorization) {
		return get(host, path, authorization).returnResult(String.class).getStatus().value();
	}

	private int anonymousStatus(String host, String clientAddress) {
		return this.client.get()
			.uri("/products")
			.header("Host", host)
			.header("X-Forwarded-For", clientAddress)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private static long requestsReceivedFor(String host) {
		String tenantId = host.substring(0, host.indexOf('.'));
		return runtime.received()
			.stream()
			.filter((request) -> request.header(GatewayHeaders.TENANT).contains(tenantId))
			.count();
	}

	private static String publish(TenantRoute route) {
		TenantRouteMaps.byTenantId(platformMember).set(route.tenantId(), route);
		TenantRouteMaps.byHost(platformMember).set(route.host(), route);
		return route.host();
	}

	private static String aSlug() {
		return "limited-" + UUID.randomUUID().toString().substring(0, 8);
	}

	// TEST-NET-3 addresses (RFC 5737), one per call
	private static String aClientAddress() {
		int n = clients.incrementAndGet();
		return "203.0.113." + n;
	}

}
