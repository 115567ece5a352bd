package dev.rustok.controlplane.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.rustok.controlplane.api.ClusterSettings.Role;
import dev.rustok.devservices.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Routes held by a cluster of platform members when members die without a goodbye (a
 * {@code kill -9} or a lost machine): the issue saw the control plane and a runtime node
 * dying at once drop half the shops.
 */
class TenantRoutesSurviveMemberLossIT {

	private static final int ROUTES = 200;

	private final List<HazelcastInstance> members = new ArrayList<>();

	@AfterEach
	void stopMembers() {
		this.members.stream()
			.filter((member) -> member.getLifecycleService().isRunning())
			.forEach(HazelcastInstance::shutdown);
	}

	@Test
	void keepsEveryRouteWhenTwoOfFourDataMembersDieAtOnce() {
		List<HazelcastInstance> cluster = startCluster(Role.DATA, Role.DATA, Role.DATA, Role.DATA);
		Map<String, TenantRoute> published = publishRoutes(cluster.get(0));

		killAtOnce(cluster.get(0), cluster.get(1));

		assertThat(missingOrChanged(published, cluster.get(2))).isEmpty();
		assertThat(missingOrChanged(published, cluster.get(3))).isEmpty();
	}

	@Test
	void keepsEveryRouteWhenTheControlPlaneAndARuntimeNodeOfTheDevPlatformDieAtOnce() {
		// control plane, two runtime nodes, gateway: docs/adr/0012-cluster-topology.md
		List<HazelcastInstance> cluster = startCluster(Role.DATA, Role.DATA, Role.DATA, Role.LITE);
		HazelcastInstance gateway = cluster.get(3);
		Map<String, TenantRoute> published = publishRoutes(cluster.get(0));

		killAtOnce(cluster.get(0), cluster.get(1));

		assertThat(missingOrChanged(published, gateway)).isEmpty();
		assertThat(missingOrChanged(published, cluster.get(2))).isEmpty();
	}

	private List<HazelcastInstance> startCluster(Role... roles) {
		String name = "route-survival-it-" + UUID.randomUUID();
		List<Integer> ports = IntStream.range(0, roles.length).mapToObj((i) -> FreePorts.next()).toList();
		List<String> addresses = ports.stream().map((port) -> "127.0.0.1:" + port).toList();
		List<CompletableFuture<HazelcastInstance>> starting = IntStream.range(0, roles.length).mapToObj((i) -> {
			ClusterSettings settings = ClusterSettings.onLoopback(name, ports.get(i), addresses);
			return (roles[i] == Role.LITE) ? settings.asLiteMember() : settings;
		}).map((settings) -> CompletableFuture.supplyAsync(() -> PlatformCluster.start(settings))).toList();
		List<HazelcastInstance> cluster = starting.stream().map(CompletableFuture::join).toList();
		this.members.addAll(cluster);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> cluster.stream()
				.allMatch((member) -> member.getCluster().getMembers().size() == roles.length));
		return cluster;
	}

	private static Map<String, TenantRoute> publishRoutes(HazelcastInstance member) {
		Map<String, TenantRoute> routes = IntStream.range(0, ROUTES)
			.mapToObj((i) -> "shop-" + i)
			.collect(Collectors.toMap((id) -> id, (id) -> new TenantRoute(id + ".localhost", id, TenantStatus.ACTIVE,
					TenantNames.realm(id), "trial", TenantNames.schema(id))));
		routes.values().forEach((route) -> {
			TenantRouteMaps.byTenantId(member).set(route.tenantId(), route);
			TenantRouteMaps.byHost(member).set(route.host(), route);
		});
		// every backup is in place (what a running platform reaches seconds after a
		// write)
		await().atMost(Duration.ofMinutes(1)).until(() -> member.getPartitionService().isClusterSafe());
		return routes;
	}

	/**
	 * Terminates both members at the same moment, as a crash would: no migration first.
	 */
	private static void killAtOnce(HazelcastInstance first, HazelcastInstance second) {
		CompletableFuture
			.allOf(CompletableFuture.runAsync(() -> first.getLifecycleService().terminate()),
					CompletableFuture.runAsync(() -> second.getLifecycleService().terminate()))
			.join();
	}

	/**
	 * The tenant ids whose route a survivor cannot read as published, under either key.
	 */
	private static List<String> missingOrChanged(Map<String, TenantRoute> published, HazelcastInstance survivor) {
		IMap<String, TenantRoute> byTenantId = TenantRouteMaps.byTenantId(survivor);
		IMap<String, TenantRoute> byHost = TenantRouteMaps.byHost(survivor);
		Map<String, TenantRoute> byId = byTenantId.getAll(published.keySet());
		Map<String, TenantRoute> byHostKey = byHost
			.getAll(published.values().stream().map(TenantRoute::host).collect(Collectors.toSet()));
		return published.values()
			.stream()
			.filter((route) -> !Objects.equals(byId.get(route.tenantId()), route)
					|| !Objects.equals(byHostKey.get(route.host()), route))
			.map(TenantRoute::tenantId)
			.sorted()
			.toList();
	}

}
