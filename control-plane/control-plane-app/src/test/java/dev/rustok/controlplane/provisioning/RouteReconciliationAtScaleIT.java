package dev.rustok.controlplane.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 10,000 routed tenants: a pass while nothing changes compares nothing, yet a route lost
 * afterwards is repaired by the next pass. Prints what a full comparison and a quiet pass
 * cost in this run (docs/benchmarks.md); asserts no timing.
 */
@SpringBootTest
class RouteReconciliationAtScaleIT {

	private static final int TENANTS = 10_000;

	private static final ControlPlaneServices services = new ControlPlaneServices();

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	RouteReconciler reconciler;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
		// passes only when the test runs them
		properties.add("rustok.cluster.routes.reconcile-interval", () -> "1h");
	}

	@AfterAll
	static void dropDatabase() {
		services.database().drop();
	}

	@Test
	void atTenThousandTenantsAQuietPassComparesNothingAndALostRouteIsStillRepaired() {
		List<String> slugs = tenThousandRoutedTenants();
		await().atMost(Duration.ofMinutes(1)).until(() -> {
			long before = this.reconciler.comparisons();
			this.reconciler.pass();
			return this.reconciler.comparisons() == before;
		});

		long fullComparison = median(3, () -> timed(() -> assertThat(this.reconciler.reconcile().isNone()).isTrue()));
		long comparisonsBefore = this.reconciler.comparisons();
		long quietPass = median(20, () -> timed(this.reconciler::pass));

		assertThat(this.reconciler.comparisons()).isEqualTo(comparisonsBefore);
		String lost = slugs.get(TENANTS / 2);
		TenantRouteMaps.byTenantId(this.hazelcast).delete(lost);
		TenantRouteMaps.byHost(this.hazelcast).delete(lost + ".localhost");
		await().atMost(Duration.ofMinutes(1)).until(() -> {
			this.reconciler.pass();
			return TenantRouteMaps.byTenantId(this.hazelcast).containsKey(lost)
					&& TenantRouteMaps.byHost(this.hazelcast).containsKey(lost + ".localhost");
		});
		System.out.printf("Route reconciliation at %d tenants: full comparison %d µs, quiet pass %d µs (%.0f×)%n",
				TENANTS, fullComparison, quietPass, (double) fullComparison / Math.max(1, quietPass));
	}

	private List<String> tenThousandRoutedTenants() {
		String prefix = ControlPlaneServices.aSlug();
		JdbcClient.create(services.database().dataSource()).sql("""
				insert into control.tenant (slug, shop_name, owner_email, plan, status, last_completed_step, shard)
				select ? || '-' || n, 'Shop ' || n, 'owner' || n || '@example.com', 'trial', 'ACTIVE', 'ROUTE',
					'default'
				from generate_series(1, ?) as n""").params(prefix, TENANTS).update();
		List<String> slugs = new ArrayList<>();
		Map<String, TenantRoute> byId = new HashMap<>();
		Map<String, TenantRoute> byHost = new HashMap<>();
		for (int n = 1; n <= TENANTS; n++) {
			String slug = prefix + "-" + n;
			TenantRoute route = new TenantRoute(slug + ".localhost", slug, TenantStatus.ACTIVE, TenantNames.realm(slug),
					"trial", TenantNames.schema(slug));
			slugs.add(slug);
			byId.put(slug, route);
			byHost.put(route.host(), route);
		}
		TenantRouteMaps.byTenantId(this.hazelcast).putAll(byId);
		TenantRouteMaps.byHost(this.hazelcast).putAll(byHost);
		return slugs;
	}

	private static long timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1_000;
	}

	private static long median(int runs, LongSupplier sample) {
		long[] samples = new long[runs];
		for (int i = 0; i < runs; i++) {
			samples[i] = sample.getAsLong();
		}
		Arrays.sort(samples);
		return samples[runs / 2];
	}

}
