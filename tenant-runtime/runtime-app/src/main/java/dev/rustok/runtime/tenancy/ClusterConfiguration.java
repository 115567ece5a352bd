package dev.rustok.runtime.tenancy;

import com.hazelcast.config.Config;
import com.hazelcast.config.NearCacheConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.TenantRouteMaps;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node's embedded Hazelcast member, joined to the platform cluster. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

	@Bean(destroyMethod = "shutdown")
	HazelcastInstance hazelcastInstance(ClusterProperties properties) {
		Config config = PlatformCluster.config(properties.settings());
		// every request reads its route: keep it local; Hazelcast invalidates it on
		// change, so a
		// suspension reaches this node without a restart
		config.getMapConfig(TenantRouteMaps.BY_TENANT_ID)
			.setNearCacheConfig(new NearCacheConfig(TenantRouteMaps.BY_TENANT_ID).setInvalidateOnChange(true));
		return Hazelcast.newHazelcastInstance(config);
	}

}
