package dev.rustok.controlplane.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.devservices.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real members of one cluster: a runtime node that joined first, then two control planes.
 * Exactly one control plane is elected for cluster-wide chores, the oldest, and the other
 * takes over when it leaves.
 */
class ControlPlaneMembersIT {

	private final String cluster = "members-it-" + UUID.randomUUID();

	private final List<Integer> ports = List.of(FreePorts.next(), FreePorts.next(), FreePorts.next());

	private final List<HazelcastInstance> started = new ArrayList<>();

	@AfterEach
	void shutDown() {
		this.started.forEach(HazelcastInstance::shutdown);
	}

	@Test
	void onlyTheOldestControlPlaneIsElectedAndTheNextOneTakesOverWhenItLeaves() {
		start(0, false);
		HazelcastInstance first = start(1, true);
		HazelcastInstance second = start(2, true);
		await().atMost(Duration.ofMinutes(1)).until(() -> second.getCluster().getMembers().size() == 3);

		assertThat(new ControlPlaneMembers(first).isElected()).isTrue();
		assertThat(new ControlPlaneMembers(second).isElected()).isFalse();
		assertThat(new ControlPlaneMembers(this.started.get(0)).isElected()).as("a runtime node").isFalse();

		first.shutdown();

		await().atMost(Duration.ofMinutes(1)).until(() -> new ControlPlaneMembers(second).isElected());
	}

	private HazelcastInstance start(int index, boolean controlPlane) {
		List<String> members = this.ports.stream().map((port) -> "127.0.0.1:" + port).toList();
		Config config = PlatformCluster
			.config(ClusterSettings.onLoopback(this.cluster, this.ports.get(index), members));
		HazelcastInstance member = Hazelcast
			.newHazelcastInstance(controlPlane ? ControlPlaneMembers.marked(config) : config);
		this.started.add(member);
		return member;
	}

}
