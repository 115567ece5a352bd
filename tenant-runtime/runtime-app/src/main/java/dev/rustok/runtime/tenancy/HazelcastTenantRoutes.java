package dev.rustok.runtime.tenancy;

import java.util.Optional;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;

import org.springframework.stereotype.Component;

/**
 * Reads {@link TenantRouteMaps#byTenantId}, through the near cache set up in
 * {@link ClusterConfiguration}.
 */
@Component
class HazelcastTenantRoutes implements TenantRoutes {

	private final IMap<String, TenantRoute> byTenantId;

	HazelcastTenantRoutes(HazelcastInstance hazelcast) {
		this.byTenantId = TenantRouteMaps.byTenantId(hazelcast);
	}

	@Override
	public Optional<TenantRoute> find(String tenantId) {
		// an id no tenant can have (a tampered route could make the gateway sign one)
		// names
		// no realm or schema: no shop lives there
		if (!TenantNames.isTenantId(tenantId)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.byTenantId.get(tenantId));
	}

}
