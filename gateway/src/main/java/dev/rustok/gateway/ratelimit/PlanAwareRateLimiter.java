package dev.rustok.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.rustok.billing.PlanCatalog;
import dev.rustok.billing.Quota;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

/**
 * The {@code RateLimiter} behind Spring Cloud Gateway's {@code RequestRateLimiter}: one
 * Bucket4j bucket per limit, in the cluster's bucket map, shaped by the limit's plan. The
 * stock {@code Bucket4jRateLimiter} has one configuration per route; this one takes it
 * from the key (docs/adr/0043-rate-limits-on-bucket4j-hazelcast.md).
 */
class PlanAwareRateLimiter implements RateLimiter<Object> {

	private static final Logger log = LoggerFactory.getLogger(PlanAwareRateLimiter.class);

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final LocalBucketShares buckets;

	private final PlanCatalog plans;

	private final RateLimitProperties properties;

	private final MeterRegistry meters;

	PlanAwareRateLimiter(LocalBucketShares buckets, PlanCatalog plans, RateLimitProperties properties,
			MeterRegistry meters) {
		this.buckets = buckets;
		this.plans = plans;
		this.properties = properties;
		this.meters = meters;
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String keys) {
		List<Limit> limits = LimitKeys.decode(keys);
		List<Counting> countings = new ArrayList<>(limits.size());
		boolean allAnswered = true;
		for (Limit limit : limits) {
			Counting counting = count(limit);
			countings.add(counting);
			allAnswered &= counting.answered();
		}
		if (allAnswered) {
			// the usual case: every bucket answered from this gateway's copy
			// (ADR 0061), so no timer, no subscription and no hop to another
			// thread (docs/adr/0094)
			return Mono.just(Verdict.combine(countings.stream().map(this::verdictOf).toList()));
		}
		return Flux.fromIterable(countings).flatMap(this::awaited).collectList().map(Verdict::combine);
	}

	private Counting count(Limit limit) {
		Shape shape = shapeOf(limit);
		try {
			return new Counting(limit, shape, this.buckets.bucket(limit.key(), shape).tryConsumeAndReturnRemaining(1));
		}
		catch (RuntimeException failure) {
			return new Counting(limit, shape, CompletableFuture.failedFuture(failure));
		}
	}

	private Verdict verdictOf(Counting counting) {
		Verdict verdict;
		try {
			verdict = Verdict.of(counting.limit(), counting.shape().perWindow(), counting.probe().join());
		}
		catch (RuntimeException failure) {
			verdict = uncounted(counting.limit(), failure);
		}
		record(verdict);
		return verdict;
	}

	private Mono<Verdict> awaited(Counting counting) {
		if (counting.answered()) {
			return Mono.just(verdictOf(counting));
		}
		return Mono.fromFuture(counting.probe())
			.timeout(this.properties.timeout())
			.map((probe) -> Verdict.of(counting.limit(), counting.shape().perWindow(), probe))
			.onErrorResume((failure) -> Mono.just(uncounted(counting.limit(), failure)))
			.doOnNext(this::record);
	}

	private Verdict uncounted(Limit limit, Throwable failure) {
		Verdict verdict = Verdict.uncounted(limit);
		log.warn("Rate-limit bucket {} unreachable ({}); request {}", limit.key(), failure.toString(),
				verdict.admitted() ? "admitted" : "refused");
		this.meters
			.counter("rustok.gateway.rate.limit.uncounted", "limit", limit.kind(), "decision",
					verdict.admitted() ? "admitted" : "refused")
			.increment();
		return verdict;
	}

	private void record(Verdict verdict) {
		if (!verdict.admitted()) {
			this.meters
				.counter("rustok.gateway.rate.limit.rejections", "limit", verdict.limit().kind(), "plan",
						verdict.limit().plan())
				.increment();
		}
	}

	Shape shapeOf(Limit limit) {
		return switch (limit) {
			case Limit.Storefront storefront -> {
				Quota quota = this.plans.quotaForCode(storefront.plan());
				yield Shape.perMinute(quota.storefrontRequestsPerMinute(), quota.burstPerSecond());
			}
			case Limit.AdminApi admin -> {
				Quota quota = this.plans.quotaForCode(admin.plan());
				yield Shape.perMinute(quota.adminRequestsPerMinute(), quota.burstPerSecond());
			}
			case Limit.AnonymousClient _ ->
				Shape.perMinute(this.properties.anonymousPerMinute(), this.properties.anonymousBurstPerSecond());
			case Limit.Signup _ -> new Shape(this.properties.signupsPerHour(), Duration.ofHours(1), 0);
			case Limit.Login _ -> new Shape(this.properties.loginsPerMinute(), MINUTE, 0);
		};
	}

	/** One bucket's count of a request, answered at once or still on its way. */
	private record Counting(Limit limit, Shape shape, CompletableFuture<ConsumptionProbe> probe) {

		boolean answered() {
			return this.probe.isDone();
		}

	}

	@Override
	public Map<String, Object> getConfig() {
		return Map.of();
	}

	@Override
	public Class<Object> getConfigClass() {
		return Object.class;
	}

	@Override
	public Object newConfig() {
		return new Object();
	}

	/**
	 * A bucket's shape: {@code perWindow} requests per window, refilled all at once when
	 * the window has passed, so a window never admits more than that; and at most
	 * {@code burstPerSecond} of them in one second (0: no such limit).
	 */
	record Shape(long perWindow, Duration window, long burstPerSecond) {

		/**
		 * The share of a limit one gateway may admit before it tells the cluster: 2 %.
		 */
		private static final long UNSYNCHRONIZED_DIVISOR = 50;

		static Shape perMinute(long perMinute, long burstPerSecond) {
			return new Shape(perMinute, MINUTE, (burstPerSecond < perMinute) ? burstPerSecond : 0);
		}

		/**
		 * Requests one gateway may admit on its own copy of the bucket before it tells
		 * the cluster ({@link LocalBucketShares}): 2 % of the tighter bandwidth, rounded
		 * down; 0 (every request counted in the cluster) below 50 per window or second.
		 */
		long unsynchronized() {
			long tighter = (this.burstPerSecond > 0) ? Math.min(this.perWindow, this.burstPerSecond) : this.perWindow;
			return tighter / UNSYNCHRONIZED_DIVISOR;
		}

		BucketConfiguration configuration() {
			ConfigurationBuilder builder = BucketConfiguration.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.perWindow)
					.refillIntervally(this.perWindow, this.window)
					.id("window")
					.build());
			if (this.burstPerSecond > 0) {
				builder.addLimit(Bandwidth.builder()
					.capacity(this.burstPerSecond)
					.refillGreedy(this.burstPerSecond, Duration.ofSeconds(1))
					.id("burst")
					.build());
			}
			return builder.build();
		}

	}

}
