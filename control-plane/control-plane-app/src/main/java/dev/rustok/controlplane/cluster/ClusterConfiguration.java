package dev.rustok.controlplane.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The control plane's embedded Hazelcast member: a data member by default
 * (docs/adr/0012-cluster-topology.md).
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

	/** {@code rustok.cluster.*}, defined once in control-plane-api. */
	@Bean
	ClusterSettings clusterSettings(Environment environment) {
		return Binder.get(environment).bindOrCreate("rustok.cluster", ClusterSettings.class);
	}

	@Bean(destroyMethod = "shutdown")
	HazelcastInstance hazelcast(ClusterSettings settings) {
		return Hazelcast.newHazelcastInstance(ControlPlaneMembers.marked(PlatformCluster.config(settings)));
	}

	@Bean
	ControlPlaneMembers controlPlaneMembers(HazelcastInstance hazelcast) {
		return new ControlPlaneMembers(hazelcast);
	}

}
