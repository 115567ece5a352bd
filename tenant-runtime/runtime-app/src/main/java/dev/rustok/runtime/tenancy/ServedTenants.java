package dev.rustok.runtime.tenancy;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * Every tenant the cluster serves now, for background work that is not a request (the
 * inventory's reservation sweep). Schema and realm follow from the id, never from the
 * route, as for requests.
 */
@Component
public class ServedTenants {

	private final IMap<String, TenantRoute> byTenantId;

	private final TenantShards shards;

	ServedTenants(HazelcastInstance hazelcast, TenantShards shards) {
		this.byTenantId = TenantRouteMaps.byTenantId(hazelcast);
		this.shards = shards;
	}

	/** The served tenants, each with the shard its route names. */
	public List<Tenant> all() {
		return this.byTenantId.values()
			.stream()
			.filter(TenantRoute::isServed)
			.filter((route) -> TenantNames.isTenantId(route.tenantId()))
			.sorted(Comparator.comparing(TenantRoute::tenantId))
			.map((route) -> new Tenant(new TenantId(route.tenantId()), TenantNames.schema(route.tenantId()),
					TenantNames.realm(route.tenantId()), route.shard()))
			.toList();
	}

	/**
	 * Runs {@code work} for every served tenant this node can reach, bound to the
	 * tenant's shard as a request would be ({@link TenantShards#on}); a tenant on a shard
	 * this node has no connection to is skipped.
	 */
	public void forEach(Consumer<Tenant> work) {
		for (Tenant tenant : all()) {
			if (this.shards.knows(tenant.shard())) {
				TenantShards.on(tenant.shard(), () -> {
					work.accept(tenant);
					return null;
				});
			}
		}
	}

}
