package dev.rustok.controlplane.api;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

/**
 * The two Hazelcast maps that carry tenant routes. Provisioning writes
 * {@link #byTenantId} first and {@link #byHost} last, so a host only becomes routable
 * when the tenant is complete. Both keep {@link PlatformCluster#ROUTE_BACKUPS}
 * synchronous backups, and the control plane repairs them from the registry
 * (docs/adr/0011-routes-survive-member-loss.md).
 */
public final class TenantRouteMaps {

	public static final String BY_HOST = "tenant-routes-by-host";

	public static final String BY_TENANT_ID = "tenant-routes-by-id";

	private TenantRouteMaps() {
	}

	public static IMap<String, TenantRoute> byHost(HazelcastInstance hazelcast) {
		return hazelcast.getMap(BY_HOST);
	}

	public static IMap<String, TenantRoute> byTenantId(HazelcastInstance hazelcast) {
		return hazelcast.getMap(BY_TENANT_ID);
	}

}
