package dev.rustok.runtime.tenancy;

import java.util.List;

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

	ServedTenants(HazelcastInstance hazelcast) {
		this.byTenantId = TenantRouteMaps.byTenantId(hazelcast);
	}

	public List<Tenant> all() {
		return this.byTenantId.values()
			.stream()
			.filter(TenantRoute::isServed)
			.map(TenantRoute::tenantId)
			.filter(TenantNames::isTenantId)
			.sorted()
			.map((id) -> new Tenant(new TenantId(id), TenantNames.schema(id), TenantNames.realm(id)))
			.toList();
	}

}
