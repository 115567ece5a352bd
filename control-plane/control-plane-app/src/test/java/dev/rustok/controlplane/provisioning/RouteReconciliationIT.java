package dev.rustok.controlplane.provisioning;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * A running control plane repairs the cluster's route maps from the registry, without a
 * restart: routes lost with more members than the maps have backups, and routes someone
 * rewrote in the cluster.
 */
@SpringBootTest
class RouteReconciliationIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final Duration REPAIRED_WITHIN = Duration.ofSeconds(30);

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	RouteReconciler reconciler;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
		properties.add("rustok.cluster.routes.reconcile-interval", () -> "1s");
	}

	@AfterAll
	static void dropDatabase() {
		services.database().drop();
	}

	@Test
	void publishesTheRouteOfAnActiveShopThatTheClusterLacks() {
		String slug = activeShopInRegistry();

		awaitPublished(slug);
	}

	@Test
	void restoresARouteDeletedFromTheCluster() {
		String slug = activeShopInRegistry();
		awaitPublished(slug);

		TenantRouteMaps.byTenantId(this.hazelcast).delete(slug);
		TenantRouteMaps.byHost(this.hazelcast).delete(slug + ".localhost");

		awaitPublished(slug);
	}

	@Test
	void revertsARouteRewrittenToPointAtAnotherShop() {
		String slug = activeShopInRegistry();
		String other = activeShopInRegistry();
		awaitPublished(slug);

		TenantRoute tampered = new TenantRoute(slug + ".localhost", other, TenantStatus.ACTIVE,
				TenantNames.realm(other), "trial", TenantNames.schema(other));
		TenantRouteMaps.byHost(this.hazelcast).set(tampered.host(), tampered);
		TenantRouteMaps.byTenantId(this.hazelcast).set(slug, tampered);

		awaitPublished(slug);
	}

	@Test
	void removesARouteToAShopTheRegistryDoesNotKnow() {
		String ghost = ControlPlaneServices.aSlug();
		TenantRoute route = new TenantRoute(ghost + ".localhost", ghost, TenantStatus.ACTIVE, TenantNames.realm(ghost),
				"trial", TenantNames.schema(ghost));
		TenantRouteMaps.byTenantId(this.hazelcast).set(ghost, route);
		TenantRouteMaps.byHost(this.hazelcast).set(route.host(), route);

		await().atMost(REPAIRED_WITHIN)
			.until(() -> !TenantRouteMaps.byHost(this.hazelcast).containsKey(route.host())
					&& !TenantRouteMaps.byTenantId(this.hazelcast).containsKey(ghost));
	}

	@Test
	void publishesARouteOnTheShardTheRegistryRecordsAndRevertsOneMovedToAnother() {
		String slug = activeShopInRegistry("second");
		TenantRoute onSecond = new TenantRoute(slug + ".localhost", slug, TenantStatus.ACTIVE, TenantNames.realm(slug),
				"trial", TenantNames.schema(slug), "second");
		awaitPublished(onSecond);

		TenantRouteMaps.byTenantId(this.hazelcast)
			.set(slug, new TenantRoute(onSecond.host(), slug, TenantStatus.ACTIVE, onSecond.realm(), "trial",
					onSecond.schema(), TenantRoute.DEFAULT_SHARD));

		awaitPublished(onSecond);
	}

	@Test
	void passesCompareNothingWhileNothingChangesAndARouteLostAfterwardsIsStillRepaired() {
		String slug = activeShopInRegistry();
		awaitPublished(slug);

		await().atMost(REPAIRED_WITHIN).until(() -> threePassesWithoutComparing());
		TenantRouteMaps.byTenantId(this.hazelcast).delete(slug);
		TenantRouteMaps.byHost(this.hazelcast).delete(slug + ".localhost");

		awaitPublished(slug);
	}

	// quiet: three passes in a row found nothing to compare
	private boolean threePassesWithoutComparing() {
		long comparisons = this.reconciler.comparisons();
		long passes = this.reconciler.passes();
		await().atMost(REPAIRED_WITHIN).until(() -> this.reconciler.passes() >= passes + 3);
		return this.reconciler.comparisons() == comparisons;
	}

	private void awaitPublished(String slug) {
		awaitPublished(new TenantRoute(slug + ".localhost", slug, TenantStatus.ACTIVE, TenantNames.realm(slug), "trial",
				TenantNames.schema(slug)));
	}

	private void awaitPublished(TenantRoute expected) {
		await().atMost(REPAIRED_WITHIN)
			.until(() -> expected.equals(TenantRouteMaps.byHost(this.hazelcast).get(expected.host()))
					&& expected.equals(TenantRouteMaps.byTenantId(this.hazelcast).get(expected.tenantId())));
	}

	/**
	 * A shop provisioned earlier: the registry says active, the cluster may not know it.
	 */
	private static String activeShopInRegistry() {
		return activeShopInRegistry(TenantRoute.DEFAULT_SHARD);
	}

	private static String activeShopInRegistry(String shard) {
		String slug = ControlPlaneServices.aSlug();
		JdbcClient.create(services.database().dataSource())
			.sql("""
					insert into control.tenant (slug, shop_name, owner_email, plan, status, last_completed_step, shard)
					values (?, 'Earlier shop', ?, 'trial', 'ACTIVE', 'ROUTE', ?)""")
			.params(slug, "owner@" + slug + ".example", shard)
			.update();
		return slug;
	}

}
