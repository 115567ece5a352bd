package dev.rustok.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.billing.PlanCatalog;
import dev.rustok.controlplane.api.ClusterSettings;
import dev.rustok.controlplane.api.PlatformCluster;
import dev.rustok.controlplane.api.RateLimitBuckets;
import dev.rustok.devservices.FreePorts;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter when no member can hold a bucket: a gateway (a lite member) whose data
 * members are all gone. Shops keep being served; signups stop (docs/adr/0043).
 */
class RateLimitsWithoutTheClusterIT {

	static HazelcastInstance loneLiteMember;

	static PlanAwareRateLimiter limiter;

	static SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeAll
	static void startAGatewayMemberWithoutDataMembers() {
		int port = FreePorts.next();
		loneLiteMember = PlatformCluster.start(
				ClusterSettings.onLoopback("no-data-members-" + UUID.randomUUID(), port, List.of("127.0.0.1:" + port))
					.asLiteMember());
		limiter = new PlanAwareRateLimiter(new LocalBucketShares(
				Bucket4jHazelcast.entryProcessorBasedBuilder(RateLimitBuckets.map(loneLiteMember)).build().asAsync(),
				1_000), PlanCatalog.defaults(), new RateLimitProperties(true, 600, 100, 10, Duration.ofMillis(500), 20),
				meters);
	}

	@AfterAll
	static void stop() {
		loneLiteMember.shutdown();
	}

	@Test
	void aShopsRequestIsAdmittedWhenItsBucketCannotBeReached() {
		String keys = LimitKeys
			.encode(List.of(new Limit.Storefront("acme", "trial"), new Limit.AnonymousClient("203.0.113.1")));

		assertThat(limiter.isAllowed("tenant-runtime", keys).block(Duration.ofSeconds(10)).isAllowed()).isTrue();
		assertThat(meters.counter("rustok.gateway.rate.limit.uncounted", "limit", "storefront", "decision", "admitted")
			.count()).isPositive();
	}

	@Test
	void aSignupIsRefusedWhenItsBucketCannotBeReached() {
		String keys = LimitKeys
			.encode(List.of(new Limit.AnonymousClient("203.0.113.2"), new Limit.Signup("203.0.113.2")));

		var response = limiter.isAllowed("control-plane", keys).block(Duration.ofSeconds(10));

		assertThat(response.isAllowed()).isFalse();
		assertThat(response.getHeaders()).containsEntry("Retry-After", "60");
	}

	@Test
	void aLoginAttemptIsRefusedWhenItsBucketCannotBeReached() {
		String keys = LimitKeys
			.encode(List.of(new Limit.AnonymousClient("203.0.113.3"), new Limit.Login("203.0.113.3")));

		var response = limiter.isAllowed("identity-provider", keys).block(Duration.ofSeconds(10));

		assertThat(response.isAllowed()).isFalse();
		assertThat(response.getHeaders()).containsEntry("Retry-After", "60");
		assertThat(
				meters.counter("rustok.gateway.rate.limit.uncounted", "limit", "login", "decision", "refused").count())
			.isPositive();
	}

}
