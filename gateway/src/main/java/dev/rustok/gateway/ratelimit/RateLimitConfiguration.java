package dev.rustok.gateway.ratelimit;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.billing.PlanCatalog;
import dev.rustok.billing.PlanCatalogProperties;
import dev.rustok.controlplane.api.RateLimitBuckets;
import dev.rustok.gateway.edge.TrustedProxies;
import dev.rustok.gateway.problems.ProblemResponses;
import dev.rustok.gateway.routing.RouteGuards;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.factory.RequestRateLimiterGatewayFilterFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cloud Gateway's {@code RequestRateLimiter} on both routes, with
 * {@link RequestLimits} as its key resolver and {@link PlanAwareRateLimiter} (Bucket4j on
 * the cluster's bucket map) as its limiter.
 * {@code rustok.gateway.rate-limits.enabled=false} leaves the routes unlimited.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RateLimitProperties.class, PlanCatalogProperties.class })
class RateLimitConfiguration {

	/** How long an untouched bucket outlives the moment it would be full again. */
	private static final Duration KEPT_AFTER_REFILL = Duration.ofSeconds(10);

	/**
	 * Buckets a gateway counts against locally between cluster syncs (a few hundred bytes
	 * each): every shop and plenty of active client addresses.
	 */
	private static final int MAX_HELD_BUCKETS = 50_000;

	/** Before every other route filter: a refused request is neither signed nor sent. */
	private static final int ORDER = -10;

	@Bean
	PlanCatalog planCatalog(PlanCatalogProperties properties) {
		return properties.catalog();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "rustok.gateway.rate-limits.enabled", matchIfMissing = true)
	LocalBucketShares localBucketShares(HazelcastInstance hazelcast) {
		AsyncProxyManager<String> buckets = Bucket4jHazelcast
			.entryProcessorBasedBuilder(RateLimitBuckets.map(hazelcast))
			// buckets expire: a client address seen once costs memory for minutes, not
			// forever
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_REFILL))
			.build()
			.asAsync();
		return new LocalBucketShares(buckets, MAX_HELD_BUCKETS).syncingInTheBackground();
	}

	@Bean
	@ConditionalOnProperty(name = "rustok.gateway.rate-limits.enabled", matchIfMissing = true)
	RouteGuards rateLimits(LocalBucketShares shares, PlanCatalog plans, RateLimitProperties properties,
			MeterRegistry meters, ProblemResponses problems, TrustedProxies trustedProxies) {
		PlanAwareRateLimiter limiter = new PlanAwareRateLimiter(shares, plans, properties, meters);
		RequestLimits keys = new RequestLimits(new ClientAddress(trustedProxies));
		RequestRateLimiterGatewayFilterFactory requestRateLimiter = new RequestRateLimiterGatewayFilterFactory(limiter,
				keys);
		// a request no limit applies to has no key and passes
		RequestRateLimiterGatewayFilterFactory.Config config = new RequestRateLimiterGatewayFilterFactory.Config()
			.setDenyEmptyKey(false);
		TooManyRequestsAnswers filter = new TooManyRequestsAnswers(requestRateLimiter.apply(config), problems);
		return (filters) -> filters.filter(filter, ORDER);
	}

}
