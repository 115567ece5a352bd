package dev.rustok.gateway.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantRouteMaps;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The gateway's embedded Hazelcast member: a lite member where the platform is assembled
 * (the launcher and the chart set {@code rustok.cluster.role=lite},
 * docs/adr/0012-cluster-topology.md), a data member when started on its own. Every
 * request looks up its host, so the route map is read through a near cache that the map's
 * owners invalidate when a route changes.
 */
@Configuration(proxyBeanMethods = false)
class GatewayClusterConfiguration {

	/** {@code rustok.cluster.*}, defined once in control-plane-api. */
	@Bean
	ClusterSettings clusterSettings(Environment environment) {
		return Binder.get(environment).bindOrCreate("rustok.cluster", ClusterSettings.class);
	}

	@Bean(destroyMethod = "shutdown")
	HazelcastInstance hazelcastInstance(ClusterSettings settings) {
		return Hazelcast.newHazelcastInstance(config(settings));
	}

	@Bean
	HazelcastTenantRoutes tenantRoutes(HazelcastInstance hazelcast) {
		return new HazelcastTenantRoutes(TenantRouteMaps.byHost(hazelcast));
	}

	static Config config(ClusterSettings settings) {
		Config config = PlatformCluster.config(settings);
		NearCacheConfig nearCache = new NearCacheConfig(TenantRouteMaps.BY_HOST).setInvalidateOnChange(true)
			// routes are immutable records: no deserialization per request
			.setInMemoryFormat(InMemoryFormat.OBJECT)
			// entries this member owns (when it is a data member) would otherwise be read
			// through a partition thread
			.setCacheLocalEntries(true);
		config.getMapConfig(TenantRouteMaps.BY_HOST).setNearCacheConfig(nearCache);
		return config;
	}

}
