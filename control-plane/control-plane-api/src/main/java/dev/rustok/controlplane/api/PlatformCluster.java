package dev.rustok.controlplane.api;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.KubernetesConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Starts this process's Hazelcast member the same way in every platform process, from
 * {@link ClusterSettings}. Settings from ../shared/DEPENDENCIES.md (fixed port, multicast
 * and auto-detection off, phone-home off), plus: the member binds to the configured
 * address only (docs/adr/0010-hazelcast-bound-and-tenant-names-derived.md), and both
 * route maps keep two synchronous backups (docs/adr/0011-routes-survive-member-loss.md),
 * and every member can run the rate-limit buckets' entry processors
 * ({@link RateLimitBuckets}).
 */
public final class PlatformCluster {

	/**
	 * Copies of every route besides its owner's: the routes survive any two data members
	 * dying at once.
	 */
	public static final int ROUTE_BACKUPS = 2;

	private PlatformCluster() {
	}

	public static Config config(ClusterSettings settings) {
		Config config = new Config();
		config.setClusterName(settings.name());
		config.setInstanceName(settings.name() + "-" + settings.port());
		config.setLiteMember(settings.role() == ClusterSettings.Role.LITE);
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		// listen on the configured address only: with the default (true) Hazelcast binds
		// every interface and merely announces the chosen one
		config.setProperty("hazelcast.socket.bind.any", "false");
		// a lone member must not wait for the others before it serves (the launcher
		// starts them one after another)
		config.setProperty("hazelcast.wait.seconds.before.join", "0");
		config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
		// a route published or suspended must reach every near cache at once, not in a
		// batch up to 10 s later: a shop would answer 404 after its owner was told it is
		// ready
		config.setProperty("hazelcast.map.invalidation.batch.enabled", "false");
		network(config.getNetworkConfig(), settings);
		for (String routes : new String[] { TenantRouteMaps.BY_TENANT_ID, TenantRouteMaps.BY_HOST }) {
			config.addMapConfig(new MapConfig(routes).setBackupCount(ROUTE_BACKUPS).setAsyncBackupCount(0));
		}
		RateLimitBuckets.configure(config);
		return config;
	}

	public static HazelcastInstance start(ClusterSettings settings) {
		return Hazelcast.newHazelcastInstance(config(settings));
	}

	private static void network(NetworkConfig network, ClusterSettings settings) {
		network.setPort(settings.port()).setPortAutoIncrement(false);
		// picks the address to bind (with hazelcast.socket.bind.any=false) and announce
		network.getInterfaces().setEnabled(true).addInterface(settings.bindAddress());
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		switch (settings.join()) {
			case TCP_IP -> join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
			case KUBERNETES -> kubernetes(join.getKubernetesConfig(), settings.kubernetes());
		}
	}

	private static void kubernetes(KubernetesConfig kubernetes, ClusterSettings.Kubernetes settings) {
		kubernetes.setEnabled(true);
		if (settings.namespace() != null && !settings.namespace().isBlank()) {
			kubernetes.setProperty("namespace", settings.namespace());
		}
		if (settings.serviceName() != null && !settings.serviceName().isBlank()) {
			kubernetes.setProperty("service-name", settings.serviceName());
		}
	}

}
