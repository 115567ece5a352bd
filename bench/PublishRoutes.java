import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;

/**
 * Publishes the routes of shops bench-001 .. bench-<count> (plan enterprise, default shard) into
 * a running cluster, as provisioning would once a shop is ready, then leaves it (the routes stay
 * with the data members). For bench/cache-bench.sh, whose shops are made in SQL:
 *   java -cp hazelcast.jar:control-plane-api.jar bench/PublishRoutes.java <cluster> <port> <members> <count>
 */
public class PublishRoutes {

	public static void main(String[] args) {
		Config config = new Config().setClusterName(args[0]);
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.socket.bind.any", "false");
		config.setProperty("hazelcast.logging.type", "none");
		var network = config.getNetworkConfig().setPort(Integer.parseInt(args[1])).setPortAutoIncrement(false);
		network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
		network.getJoin().getMulticastConfig().setEnabled(false);
		network.getJoin().getAutoDetectionConfig().setEnabled(false);
		network.getJoin().getTcpIpConfig().setEnabled(true).setMembers(List.of(args[2].split(",")));
		// a lite member: it holds nothing, so the routes it writes live on the runtime nodes
		config.setLiteMember(true);
		HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
		int count = Integer.parseInt(args[3]);
		for (int i = 1; i <= count; i++) {
			String slug = "bench-%03d".formatted(i);
			TenantRoute route = new TenantRoute(slug + ".localhost", slug, TenantStatus.ACTIVE, "tenant-" + slug,
					"enterprise", "t_" + slug.replace('-', '_'));
			TenantRouteMaps.byTenantId(member).set(slug, route);
			TenantRouteMaps.byHost(member).set(route.host(), route);
		}
		System.out.println("published " + count + " routes to a cluster of "
				+ member.getCluster().getMembers().size() + " members");
		member.shutdown();
	}

}
