package dev.rustok.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateways (one data member, one lite member, as the platform runs them) in front of
 * two runtime nodes share each shop's bucket: a limit of N per minute admits N requests
 * in all, however the requests are spread over the gateways.
 */
class RateLimitAcrossGatewaysIT {

	static final int PER_MINUTE = 100;

	static final String CLUSTER = "rate-limit-gateways-it-" + UUID.randomUUID();

	static final int DATA_MEMBER_PORT = FreePorts.next();

	static final int FIRST_GATEWAY_MEMBER_PORT = FreePorts.next();

	static final int SECOND_GATEWAY_MEMBER_PORT = FreePorts.next();

	static final List<String> MEMBERS = List.of("127.0.0.1:" + DATA_MEMBER_PORT,
			"127.0.0.1:" + FIRST_GATEWAY_MEMBER_PORT, "127.0.0.1:" + SECOND_GATEWAY_MEMBER_PORT);

	static RecordingBackend runtimeA;

	static RecordingBackend runtimeB;

	static RecordingBackend controlPlane;

	static HazelcastInstance runtimeMember;

	static final List<ConfigurableApplicationContext> gateways = new ArrayList<>();

	@BeforeAll
	static void startPlatform() {
		runtimeA = RecordingBackend.start("runtime-a");
		runtimeB = RecordingBackend.start("runtime-b");
		controlPlane = RecordingBackend.start("control-plane");
		runtimeMember = PlatformCluster.start(ClusterSettings.onLoopback(CLUSTER, DATA_MEMBER_PORT, MEMBERS));
		gateways.add(startGateway(FIRST_GATEWAY_MEMBER_PORT, "data"));
		gateways.add(startGateway(SECOND_GATEWAY_MEMBER_PORT, "lite"));
		await().atMost(Duration.ofMinutes(1)).until(() -> runtimeMember.getCluster().getMembers().size() == 3);
	}

	@AfterAll
	static void stopPlatform() {
		gateways.forEach(ConfigurableApplicationContext::close);
		runtimeMember.shutdown();
		runtimeA.close();
		runtimeB.close();
		controlPlane.close();
	}

	@Test
	void aShopsLimitOfNPerMinuteAdmitsNRequestsAcrossBothGatewaysTogether() {
		TenantRoute route = activeTenant("shared-" + UUID.randomUUID().toString().substring(0, 8));
		TenantRouteMaps.byTenantId(runtimeMember).set(route.tenantId(), route);
		TenantRouteMaps.byHost(runtimeMember).set(route.host(), route);
		List<WebTestClient> clients = gateways.stream().map(RateLimitAcrossGatewaysIT::clientOf).toList();
		int[] admittedBy = new int[clients.size()];

		for (int i = 0; i < PER_MINUTE * 3 / 2; i++) {
			int gateway = i % clients.size();
			int status = clients.get(gateway)
				.get()
				.uri("/products")
				.header("Host", route.host())
				.header("Authorization", "Bearer any")
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value();
			assertThat(status).isIn(200, 429);
			admittedBy[gateway] += (status == 200) ? 1 : 0;
		}

		int admitted = admittedBy[0] + admittedBy[1];
		assertThat(admitted).isBetween(PER_MINUTE * 95 / 100, PER_MINUTE * 105 / 100);
		assertThat(admittedBy[0]).as("admitted by the first gateway").isPositive();
		assertThat(admittedBy[1]).as("admitted by the second gateway").isPositive();
		assertThat(runtimeA.received().size() + runtimeB.received().size()).isEqualTo(admitted);
		assertThat(runtimeA.received()).isNotEmpty();
		assertThat(runtimeB.received()).isNotEmpty();
	}

	private static ConfigurableApplicationContext startGateway(int memberPort, String role) {
		// arguments, not default properties: they must win over the test configuration
		// that puts limits out of reach
		return new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0",
				"--management.server.port=" + FreePorts.next(), "--rustok.cluster.name=" + CLUSTER,
				"--rustok.cluster.port=" + memberPort, "--rustok.cluster.role=" + role,
				"--rustok.cluster.members=" + String.join(",", MEMBERS),
				"--rustok.platform.domain=" + TenantRoutesFixture.DOMAIN,
				"--rustok.gateway.control-plane-url=" + controlPlane.url(),
				"--rustok.gateway.runtime-urls=" + runtimeA.url() + "," + runtimeB.url(),
				"--rustok.gateway.runtime-health-urls=", "--rustok.gateway.tokens.enabled=false",
				"--rustok.billing.plans.trial.storefront-requests-per-minute=" + PER_MINUTE,
				"--rustok.billing.plans.trial.burst-per-second=" + PER_MINUTE);
	}

	private static WebTestClient clientOf(ConfigurableApplicationContext gateway) {
		int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

}
