package dev.rustok.controlplane.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import dev.rustok.devservices.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A platform member as {@link PlatformCluster} starts it: reachable on the configured
 * address only, and joined only by members of its own cluster.
 */
class PlatformClusterIT {

	private final List<HazelcastInstance> members = new ArrayList<>();

	@AfterEach
	void stopMembers() {
		this.members.forEach(HazelcastInstance::shutdown);
	}

	@Test
	void listensOnTheLoopbackAddressOnlyNeverOnEveryInterface() {
		int port = FreePorts.next();

		start(ClusterSettings.onLoopback(aClusterName(), port, List.of("127.0.0.1:" + port)));

		assertThat(ListeningSockets.addressesListeningOn(port)).containsExactly("127.0.0.1");
	}

	@Test
	void refusesAMemberThatNamesAnotherCluster() {
		int first = FreePorts.next();
		int stranger = FreePorts.next();
		int sibling = FreePorts.next();
		List<String> everyone = List.of("127.0.0.1:" + first, "127.0.0.1:" + stranger, "127.0.0.1:" + sibling);
		String clusterName = aClusterName();
		HazelcastInstance member = start(ClusterSettings.onLoopback(clusterName, first, everyone));

		HazelcastInstance intruder = start(ClusterSettings.onLoopback(aClusterName(), stranger, everyone));
		// a member of the right cluster that joins after the intruder tried shows the
		// join
		// path works
		HazelcastInstance siblingMember = start(ClusterSettings.onLoopback(clusterName, sibling, everyone));
		await().atMost(Duration.ofMinutes(1)).until(() -> member.getCluster().getMembers().size() == 2);

		assertThat(member.getCluster().getMembers()).extracting((m) -> m.getAddress().getPort())
			.containsExactlyInAnyOrder(first, sibling);
		assertThat(siblingMember.getCluster().getMembers()).hasSize(2);
		assertThat(intruder.getCluster().getMembers()).hasSize(1);
	}

	@Test
	void aRateLimitBucketSharedByADataMemberAndALiteMemberGrantsExactlyItsCapacity() {
		int data = FreePorts.next();
		int lite = FreePorts.next();
		List<String> both = List.of("127.0.0.1:" + data, "127.0.0.1:" + lite);
		String clusterName = aClusterName();
		HazelcastInstance dataMember = start(ClusterSettings.onLoopback(clusterName, data, both));
		HazelcastInstance liteMember = start(ClusterSettings.onLoopback(clusterName, lite, both).asLiteMember());
		await().atMost(Duration.ofMinutes(1)).until(() -> dataMember.getCluster().getMembers().size() == 2);
		BucketConfiguration tenPerMinute = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(10).refillIntervally(10, Duration.ofMinutes(1)).build())
			.build();
		List<Bucket> sameBucket = List.of(dataMember, liteMember)
			.stream()
			.map((member) -> (Bucket) Bucket4jHazelcast.entryProcessorBasedBuilder(RateLimitBuckets.map(member))
				.build()
				.builder()
				.build("shop:acme", () -> tenPerMinute))
			.toList();

		int granted = 0;
		for (int attempt = 0; attempt < 30; attempt++) {
			granted += sameBucket.get(attempt % 2).tryConsume(1) ? 1 : 0;
		}

		assertThat(granted).isEqualTo(10);
	}

	private HazelcastInstance start(ClusterSettings settings) {
		HazelcastInstance member = PlatformCluster.start(settings);
		this.members.add(member);
		return member;
	}

	private static String aClusterName() {
		return "platform-cluster-it-" + UUID.randomUUID();
	}

}
