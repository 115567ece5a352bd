package dev.rustok.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.devservices.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One shop held at its limit does not slow another: shop B's p99 latency while shop A is
 * flooded (almost every request of A refused with 429) stays within 1.2 times its p99
 * without the flood. Measured in rounds of two adjacent blocks (alone, beside the flood;
 * the order alternates), so load from elsewhere on the machine falls on both blocks of a
 * round alike; the verdict is the median of the rounds' ratios, so a burst of a
 * neighbour's noise that spoils one round does not decide. A benchmark: it runs with
 * {@code -Drustok.benchmarks=true} (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "rustok.benchmarks", matches = "true")
class FloodIsolationIT {

	static final String CLUSTER = "flood-isolation-it-" + UUID.randomUUID();

	static final int PLATFORM_MEMBER_PORT = FreePorts.next();

	static final int GATEWAY_MEMBER_PORT = FreePorts.next();

	static final List<String> MEMBERS = List.of("127.0.0.1:" + PLATFORM_MEMBER_PORT,
			"127.0.0.1:" + GATEWAY_MEMBER_PORT);

	static final TenantRoute FLOODED = activeTenant("flooded-" + UUID.randomUUID().toString().substring(0, 8));

	static final TenantRoute QUIET = onEnterprise(
			activeTenant("quiet-" + UUID.randomUUID().toString().substring(0, 8)));

	/** Requests per second sent to the flooded shop: five times its limit. */
	static final int FLOOD_PER_SECOND = 50;

	static final int ROUNDS = 9;

	static final int REQUESTS_PER_BLOCK = 200;

	static RecordingBackend runtime;

	static RecordingBackend controlPlane;

	static HazelcastInstance platformMember;

	@LocalServerPort
	int port;

	WebClient client;

	@BeforeAll
	static void startPlatform() {
		runtime = RecordingBackend.start("runtime");
		controlPlane = RecordingBackend.start("control-plane");
		platformMember = PlatformCluster.start(ClusterSettings.onLoopback(CLUSTER, PLATFORM_MEMBER_PORT, MEMBERS));
		for (TenantRoute route : List.of(FLOODED, QUIET)) {
			TenantRouteMaps.byTenantId(platformMember).set(route.tenantId(), route);
			TenantRouteMaps.byHost(platformMember).set(route.host(), route);
		}
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
		registry.add("management.server.port", FreePorts::next);
		// shop A on trial at 10 per second; shop B on enterprise, far from its limit
		registry.add("rustok.billing.plans.trial.storefront-requests-per-minute", () -> 600);
		registry.add("rustok.billing.plans.trial.burst-per-second", () -> 10);
		registry.add("rustok.billing.plans.enterprise.storefront-requests-per-minute", () -> 1_000_000);
		registry.add("rustok.billing.plans.enterprise.burst-per-second", () -> 1_000_000);
	}

	@Test
	void aShopStaysAsFastWhileAnotherShopIsHeldAtItsLimit() throws Exception {
		this.client = WebClient.create("http://127.0.0.1:" + this.port);
		await().atMost(Duration.ofMinutes(1)).until(() -> platformMember.getCluster().getMembers().size() == 2);
		for (int i = 0; i < 200; i++) {
			get(QUIET);
			get(FLOODED);
		}
		List<Double> ratios = new ArrayList<>();
		List<Long> alone = new ArrayList<>();
		List<Long> besideTheFlood = new ArrayList<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger flooding = new AtomicInteger();
		ScheduledExecutorService flood = Executors.newSingleThreadScheduledExecutor();
		flood.scheduleAtFixedRate(() -> {
			if (flooding.get() == 1) {
				request(FLOODED).exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode()))
					.subscribe((status) -> refused.addAndGet((status.value() == 429) ? 1 : 0), (failure) -> {
					});
			}
		}, 0, 1_000_000 / FLOOD_PER_SECOND, TimeUnit.MICROSECONDS);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				List<Long> roundAlone = new ArrayList<>();
				List<Long> roundFlooded = new ArrayList<>();
				for (int block = 0; block < 2; block++) {
					boolean flooded = (block + round) % 2 == 1;
					flooding.set(flooded ? 1 : 0);
					Thread.sleep(200);
					for (int i = 0; i < REQUESTS_PER_BLOCK; i++) {
						(flooded ? roundFlooded : roundAlone).add(get(QUIET));
					}
				}
				ratios.add((double) p99(roundFlooded) / p99(roundAlone));
				alone.addAll(roundAlone);
				besideTheFlood.addAll(roundFlooded);
			}
		}
		finally {
			flood.shutdownNow();
		}

		double medianRatio = median(ratios);
		System.out.printf(
				"quiet shop p99: %d us alone, %d us beside the flood (%.2fx over all); median of %d rounds' ratios %.2fx %s;"
						+ " flooded shop refused %d%n",
				p99(alone) / 1000, p99(besideTheFlood) / 1000, (double) p99(besideTheFlood) / p99(alone), ROUNDS,
				medianRatio, ratios.stream().map((ratio) -> String.format("%.2f", ratio)).toList(), refused.get());
		assertThat(refused.get()).as("the flooded shop was held at its limit").isGreaterThan(50);
		assertThat(medianRatio).isLessThanOrEqualTo(1.2);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private long get(TenantRoute shop) {
		long start = System.nanoTime();
		HttpStatusCode status = request(shop)
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode()))
			.block(Duration.ofSeconds(20));
		long elapsed = System.nanoTime() - start;
		if (shop == QUIET) {
			assertThat(status.value()).isEqualTo(200);
		}
		return elapsed;
	}

	private WebClient.RequestHeadersSpec<?> request(TenantRoute shop) {
		return this.client.get().uri("/products").header("Host", shop.host());
	}

	private static TenantRoute onEnterprise(TenantRoute route) {
		return new TenantRoute(route.host(), route.tenantId(), TenantStatus.ACTIVE, route.realm(), "enterprise",
				route.schema());
	}

	private static long p99(List<Long> latencies) {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
	}

}
