package dev.rustok.runtime.tenancy;

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
 * This node's embedded Hazelcast member, joined to the platform cluster: a data member by
 * default (docs/adr/0012-cluster-topology.md).
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

	/** {@code rustok.cluster.*}, defined once in control-plane-api. */
	@Bean
	ClusterSettings clusterSettings(Environment environment) {
		return Binder.get(environment).bindOrCreate("rustok.cluster", ClusterSettings.class);
	}

	@Bean(destroyMethod = "shutdown")
	HazelcastInstance hazelcastInstance(ClusterSettings settings) {
		Config config = PlatformCluster.config(settings);
		// every request reads its route: keep it local; Hazelcast invalidates it on
		// change, so a suspension reaches this node without a restart
		config.getMapConfig(TenantRouteMaps.BY_TENANT_ID)
			.setNearCacheConfig(new NearCacheConfig(TenantRouteMaps.BY_TENANT_ID).setInvalidateOnChange(true)
				// routes are immutable records: no deserialization per request
				.setInMemoryFormat(InMemoryFormat.OBJECT)
				// a data member would otherwise read the routes it owns through a
				// partition thread on every request
				.setCacheLocalEntries(true));
		return Hazelcast.newHazelcastInstance(config);
	}

}
