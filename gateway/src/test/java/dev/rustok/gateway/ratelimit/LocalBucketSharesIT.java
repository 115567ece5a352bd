package dev.rustok.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.RateLimitBuckets;
import dev.rustok.devservices.FreePorts;
import dev.rustok.gateway.ratelimit.PlanAwareRateLimiter.Shape;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buckets counted on a gateway's own copy between cluster syncs (docs/adr/0061), on a
 * real Hazelcast member: two gateways together admit at most their shares above a limit,
 * small limits stay exact, and the copies a gateway holds are bounded.
 */
class LocalBucketSharesIT {

	static HazelcastInstance member;

	static AsyncProxyManager<String> cluster;

	@BeforeAll
	static void startAMember() {
		int port = FreePorts.next();
		member = PlatformCluster.start(
				ClusterSettings.onLoopback("bucket-shares-" + UUID.randomUUID(), port, List.of("127.0.0.1:" + port)));
		cluster = Bucket4jHazelcast.entryProcessorBasedBuilder(RateLimitBuckets.map(member)).build().asAsync();
	}

	@AfterAll
	static void stop() {
		member.shutdown();
	}

	@Test
	void twoGatewaysTogetherAdmitTheLimitAndAtMostTheirSharesMore() {
		Shape thousandPerMinute = Shape.perMinute(1_000, 0);
		List<LocalBucketShares> gateways = List.of(new LocalBucketShares(cluster, 100),
				new LocalBucketShares(cluster, 100));
		String key = "storefront/shared-" + UUID.randomUUID() + "/pro";

		int admitted = 0;
		for (int i = 0; i < 1_500; i++) {
			admitted += gateways.get(i % 2).bucket(key, thousandPerMinute).tryConsume(1).join() ? 1 : 0;
		}

		assertThat(thousandPerMinute.unsynchronized()).isEqualTo(20);
		assertThat(admitted).isBetween(1_000, 1_000 + 2 * 20);
	}

	@Test
	void aLimitBelowFiftyAdmitsExactlyItsNumber() {
		Shape tenPerHour = new Shape(10, Duration.ofHours(1), 0);
		LocalBucketShares gateway = new LocalBucketShares(cluster, 100);
		String key = "signup/203.0.113.7-" + UUID.randomUUID();

		int admitted = 0;
		for (int i = 0; i < 15; i++) {
			admitted += gateway.bucket(key, tenPerHour).tryConsume(1).join() ? 1 : 0;
		}

		assertThat(tenPerHour.unsynchronized()).isZero();
		assertThat(admitted).isEqualTo(10);
		assertThat(cluster.builder().build(key, tenPerHour.configuration()).getAvailableTokens().join()).isZero();
	}

	@Test
	void aFullGatewayHandsItsIdleCopiesBackToTheClusterBeforeDroppingThem() {
		Shape thousandPerMinute = Shape.perMinute(1_000, 0);
		AtomicLong now = new AtomicLong();
		LocalBucketShares gateway = new LocalBucketShares(cluster, 1, now::get);
		String idle = "anonymous/idle-" + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			assertThat(gateway.bucket(idle, thousandPerMinute).tryConsume(1).join()).isTrue();
		}

		now.addAndGet(LocalBucketShares.SYNC_INTERVAL.toNanos() + 1);
		gateway.bucket("anonymous/next-" + UUID.randomUUID(), thousandPerMinute);

		assertThat(gateway.held()).isEqualTo(1);
		// what the dropped copy admitted reached the cluster: 5 of the 1,000 are gone
		await().atMost(Duration.ofSeconds(10))
			.until(() -> cluster.builder().build(idle, thousandPerMinute.configuration()).getAvailableTokens().join(),
					(available) -> available == 995);
	}

	@Test
	void aFullGatewayCountsANewBucketInTheClusterWhenNoCopyIsIdle() {
		Shape thousandPerMinute = Shape.perMinute(1_000, 0);
		LocalBucketShares gateway = new LocalBucketShares(cluster, 1, () -> 0L);
		gateway.bucket("anonymous/busy-" + UUID.randomUUID(), thousandPerMinute);
		String next = "anonymous/next-" + UUID.randomUUID();

		assertThat(gateway.bucket(next, thousandPerMinute).tryConsume(1).join()).isTrue();

		assertThat(gateway.held()).isEqualTo(1);
		assertThat(cluster.builder().build(next, thousandPerMinute.configuration()).getAvailableTokens().join())
			.isEqualTo(999);
	}

}
