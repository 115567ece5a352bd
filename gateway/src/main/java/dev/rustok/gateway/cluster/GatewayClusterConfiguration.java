package dev.rustok.gateway.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantRouteMaps;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's embedded Hazelcast member. Every request looks up its host, so the route
 * map is read through a near cache that the map's owners invalidate when a route changes.
 */
@Configuration(proxyBeanMethods = false)
class GatewayClusterConfiguration {

	@Bean(destroyMethod = "shutdown")
	HazelcastInstance hazelcastInstance(ClusterProperties properties) {
		return Hazelcast.newHazelcastInstance(config(properties));
	}

	@Bean
	HazelcastTenantRoutes tenantRoutes(HazelcastInstance hazelcast) {
		return new HazelcastTenantRoutes(TenantRouteMaps.byHost(hazelcast));
	}

	static Config config(ClusterProperties properties) {
		Config config = PlatformCluster.config(properties.settings());
		// invalidations for partitions owned here go out at once, not in 10 s batches
		config.setProperty("hazelcast.map.invalidation.batch.enabled", "false");
		NearCacheConfig nearCache = new NearCacheConfig(TenantRouteMaps.BY_HOST).setInvalidateOnChange(true)
			// routes are immutable records: no deserialization per request
			.setInMemoryFormat(InMemoryFormat.OBJECT)
			// entries this member owns would otherwise be read through a partition thread
			.setCacheLocalEntries(true);
		config.getMapConfig(TenantRouteMaps.BY_HOST).setNearCacheConfig(nearCache);
		return config;
	}

}
