package dev.rustok.controlplane.api;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Starts this process's Hazelcast member the same way in every platform process. Settings
 * from ../shared/DEPENDENCIES.md: fixed port, loopback interface, multicast and
 * auto-detection off, phone-home off.
 */
public final class PlatformCluster {

	private PlatformCluster() {
	}

	public static Config config(ClusterSettings settings) {
		Config config = new Config();
		config.setClusterName(settings.clusterName());
		config.setInstanceName(settings.clusterName() + "-" + settings.port());
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		// a lone member must not wait for the others before it serves (the launcher
		// starts them
		// one after another)
		config.setProperty("hazelcast.wait.seconds.before.join", "0");
		config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
		// a route published or suspended must reach every near cache at once, not in a
		// batch up to
		// 10 s later: a shop would answer 404 after its owner was told it is ready
		config.setProperty("hazelcast.map.invalidation.batch.enabled", "false");
		NetworkConfig network = config.getNetworkConfig();
		network.setPort(settings.port()).setPortAutoIncrement(false);
		network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
		return config;
	}

	public static HazelcastInstance start(ClusterSettings settings) {
		return Hazelcast.newHazelcastInstance(config(settings));
	}

}
