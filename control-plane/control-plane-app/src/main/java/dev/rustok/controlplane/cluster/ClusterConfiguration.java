package dev.rustok.controlplane.cluster;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.PlatformCluster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

	@Bean(destroyMethod = "shutdown")
	HazelcastInstance hazelcast(ClusterProperties properties) {
		return PlatformCluster.start(properties.settings());
	}

}
