package dev.rustok.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static dev.rustok.gateway.TenantRoutesFixture.hostOf;
import static dev.rustok.gateway.TenantRoutesFixture.suspendedTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway as the platform runs it ({@code rustok.cluster.role=lite},
 * docs/adr/0012-cluster-topology.md): it holds no routes itself, yet routes every shop
 * the data members hold and sees a change at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayAsLiteMemberIT {

	static final String CLUSTER = "gateway-lite-it-" + UUID.randomUUID();

	static final int DATA_MEMBER_PORT = FreePorts.next();

	static final int GATEWAY_MEMBER_PORT = FreePorts.next();

	static final List<String> MEMBERS = List.of("127.0.0.1:" + DATA_MEMBER_PORT, "127.0.0.1:" + GATEWAY_MEMBER_PORT);

	static RecordingBackend runtime;

	static RecordingBackend controlPlane;

	static HazelcastInstance dataMember;

	@Autowired
	HazelcastInstance gatewayMember;

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeAll
	static void startPlatform() {
		runtime = RecordingBackend.start("runtime");
		controlPlane = RecordingBackend.start("control-plane");
		dataMember = PlatformCluster.start(ClusterSettings.onLoopback(CLUSTER, DATA_MEMBER_PORT, MEMBERS));
	}

	@AfterAll
	static void stopPlatform() {
		dataMember.shutdown();
		runtime.close();
		controlPlane.close();
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("rustok.cluster.name", () -> CLUSTER);
		registry.add("rustok.cluster.port", () -> GATEWAY_MEMBER_PORT);
		registry.add("rustok.cluster.members", () -> String.join(",", MEMBERS));
		registry.add("rustok.cluster.role", () -> "lite");
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
	}

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		await().atMost(Duration.ofSeconds(60)).until(() -> dataMember.getCluster().getMembers().size() == 2);
	}

	@Test
	void routesAShopWhoseRouteOnlyTheDataMembersHold() {
		publish(activeTenant("lite-acme"));

		this.client.get()
			.uri("/products")
			.header("Host", hostOf("lite-acme"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("runtime");

		assertThat(this.gatewayMember.getCluster().getLocalMember().isLiteMember()).isTrue();
		assertThat(this.gatewayMember.getPartitionService().getPartitions()).extracting(Partition::getOwner)
			.doesNotContain(this.gatewayMember.getCluster().getLocalMember());
	}

	@Test
	void answersASuspensionAsSoonAsTheDataMembersHoldIt() {
		publish(activeTenant("lite-closing"));
		this.client.get().uri("/").header("Host", hostOf("lite-closing")).exchange().expectStatus().isOk();

		publish(suspendedTenant("lite-closing"));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.client.get()
				.uri("/")
				.header("Host", hostOf("lite-closing"))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value() == 503);
	}

	private static void publish(TenantRoute route) {
		TenantRouteMaps.byTenantId(dataMember).set(route.tenantId(), route);
		TenantRouteMaps.byHost(dataMember).set(route.host(), route);
	}

}
