package dev.rustok.controlplane.api;

import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import dev.rustok.controlplane.api.ClusterSettings.Join;
import dev.rustok.controlplane.api.ClusterSettings.Kubernetes;
import dev.rustok.controlplane.api.ClusterSettings.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Hazelcast configuration every platform process starts its member with. */
class PlatformClusterTests {

	@Test
	void bindsOnlyTheConfiguredAddress() {
		Config config = PlatformCluster.config(new ClusterSettings("shop-platform", "10.42.0.17", 5701, Role.DATA,
				Join.TCP_IP, List.of("10.42.0.18:5701"), null));

		assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
		assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
		assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.42.0.17");
		assertThat(config.getNetworkConfig().isPortAutoIncrement()).isFalse();
		assertThat(config.getClusterName()).isEqualTo("shop-platform");
	}

	@Test
	void findsMembersThroughKubernetesInsteadOfAFixedList() {
		Config config = PlatformCluster.config(new ClusterSettings(null, "10.42.0.17", 0, null, Join.KUBERNETES, null,
				new Kubernetes("shops", "rustok-cluster")));

		JoinConfig join = config.getNetworkConfig().getJoin();
		assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
		assertThat(join.getKubernetesConfig().getProperties()).containsEntry("namespace", "shops")
			.containsEntry("service-name", "rustok-cluster");
		assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
		assertThat(join.getMulticastConfig().isEnabled()).isFalse();
		assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
	}

	@Test
	void keepsTwoSynchronousBackupsOfBothRouteMaps() {
		Config config = PlatformCluster
			.config(ClusterSettings.onLoopback("shop-platform", 5701, List.of("127.0.0.1:5701")));

		for (String map : List.of(TenantRouteMaps.BY_TENANT_ID, TenantRouteMaps.BY_HOST)) {
			MapConfig routes = config.getMapConfig(map);
			assertThat(routes.getBackupCount()).isEqualTo(2);
			assertThat(routes.getAsyncBackupCount()).isZero();
		}
	}

	@Test
	void boundsTheRateLimitBucketsAndRegistersBucket4jOnEveryMember() {
		Config config = PlatformCluster
			.config(ClusterSettings.onLoopback("shop-platform", 5701, List.of("127.0.0.1:5701")));

		MapConfig buckets = config.getMapConfig(RateLimitBuckets.MAP);
		assertThat(buckets.getEvictionConfig().getSize()).isEqualTo(RateLimitBuckets.MAX_BUCKETS_PER_MEMBER);
		assertThat(buckets.getEvictionConfig().getEvictionPolicy()).isEqualTo(EvictionPolicy.LRU);
		assertThat(buckets.getBackupCount()).isEqualTo(1);
		assertThat(config.getSerializationConfig().getSerializerConfigs()).isNotEmpty()
			.allSatisfy(
					(serializer) -> assertThat(serializer.getTypeClass().getName()).startsWith("io.github.bucket4j"));
	}

	@Test
	void startsALiteMemberWhenTheRoleSaysSo() {
		ClusterSettings gateway = ClusterSettings.onLoopback("shop-platform", 5704, List.of("127.0.0.1:5701"))
			.asLiteMember();

		assertThat(PlatformCluster.config(gateway).isLiteMember()).isTrue();
		assertThat(PlatformCluster.config(ClusterSettings.onLoopback("shop-platform", 5702, List.of("127.0.0.1:5701")))
			.isLiteMember()).isFalse();
	}

}
