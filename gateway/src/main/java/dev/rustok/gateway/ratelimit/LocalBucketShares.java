package dev.rustok.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import dev.rustok.gateway.ratelimit.PlanAwareRateLimiter.Shape;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.AsyncOptimizationController;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.proxy.optimization.skiponzero.SkipSyncOnZeroOptimization;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Schedulers;

/**
 * The cluster buckets as this gateway counts against them. A bucket whose shape allows it
 * is held here with Bucket4j's {@code delaying} optimization: this gateway admits up to
 * {@link Shape#unsynchronized()} requests on its own copy of the bucket and then sends
 * them to the cluster in one entry-processor call (at the latest after
 * {@link #SYNC_INTERVAL}), instead of one call per request; concurrent calls for one
 * bucket are batched, and most syncs are made in the background
 * ({@link #syncInTheBackground}), off the requests' path. A limit admits at most that
 * many more per gateway than its number
 * (docs/adr/0061-rate-limits-counted-locally-between-cluster-syncs.md). A bucket without
 * a share is counted in the cluster on every request, except that once the cluster has
 * said it is empty it refuses here until it refills ({@code SkipSyncOnZeroOptimization}):
 * a shop flooding its limit costs no cluster call per refusal.
 *
 * <p>
 * Bounded: at most {@code maxHeld} buckets are held; when the map is full, buckets idle
 * for longer than {@link #SYNC_INTERVAL} are synchronised and dropped, and a bucket that
 * still finds no room is counted in the cluster on every request, exactly.
 */
final class LocalBucketShares implements AutoCloseable {

	/**
	 * Longest time a request finds its bucket's copy unsynchronised before it waits for a
	 * sync itself; the background keeps copies fresher than this.
	 */
	static final Duration SYNC_INTERVAL = Duration.ofSeconds(2);

	/** How often the background looks at the copies used since it last looked. */
	static final Duration SWEEP_INTERVAL = Duration.ofMillis(20);

	private final AsyncProxyManager<String> buckets;

	private final int maxHeld;

	private final LongSupplier nanoTime;

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	private long lastSweep;

	private Disposable background = Disposables.disposed();

	LocalBucketShares(AsyncProxyManager<String> buckets, int maxHeld) {
		this(buckets, maxHeld, System::nanoTime);
	}

	LocalBucketShares(AsyncProxyManager<String> buckets, int maxHeld, LongSupplier nanoTime) {
		this.buckets = buckets;
		this.maxHeld = maxHeld;
		this.nanoTime = nanoTime;
		this.lastSweep = nanoTime.getAsLong();
	}

	/** Starts {@link #syncInTheBackground} every {@link #SWEEP_INTERVAL} (daemon). */
	LocalBucketShares syncingInTheBackground() {
		this.background = Schedulers.single()
			.schedulePeriodically(this::syncInTheBackground, SWEEP_INTERVAL.toMillis(), SWEEP_INTERVAL.toMillis(),
					TimeUnit.MILLISECONDS);
		return this;
	}

	@Override
	public void close() {
		this.background.dispose();
	}

	/**
	 * Sends what the copies used since the last sweep admitted to the cluster, once half
	 * a share has gathered or half the sync interval has passed, so that a request seldom
	 * waits for a sync itself. Called every {@link #SWEEP_INTERVAL}.
	 */
	void syncInTheBackground() {
		long since = this.lastSweep;
		this.lastSweep = this.nanoTime.getAsLong();
		this.held.values().forEach((bucket) -> {
			if (bucket.unsynchronized > 0 && bucket.lastUsed - since >= 0) {
				try {
					AsyncOptimizationController sync = bucket.proxy.getOptimizationController();
					sync.syncByCondition(Math.max(1, bucket.unsynchronized / 2), Duration.ZERO);
					sync.syncByCondition(1, SYNC_INTERVAL.dividedBy(2));
				}
				catch (RuntimeException ex) {
					// the cluster is unreachable: the next request's own sync decides
					// (docs/adr/0043)
				}
			}
		});
	}

	/** The bucket of a limit, shaped by its plan. */
	AsyncBucketProxy bucket(String key, Shape shape) {
		Held bucket = this.held.get(key);
		if (bucket == null) {
			if (this.held.size() >= this.maxHeld) {
				dropIdle();
				if (this.held.size() >= this.maxHeld) {
					return exact(key, shape);
				}
			}
			bucket = this.held.computeIfAbsent(key,
					(absent) -> new Held(shared(absent, shape), shape.unsynchronized(), this.nanoTime.getAsLong()));
		}
		bucket.lastUsed = this.nanoTime.getAsLong();
		return bucket.proxy;
	}

	int held() {
		return this.held.size();
	}

	private AsyncBucketProxy exact(String key, Shape shape) {
		return this.buckets.builder().build(key, () -> CompletableFuture.completedFuture(shape.configuration()));
	}

	private AsyncBucketProxy shared(String key, Shape shape) {
		// one optimization per bucket: it holds that bucket's local copy. Without a
		// share,
		// every request is counted in the cluster, except that a bucket the cluster said
		// is empty refuses locally until it refills (a flood costs no call per refusal)
		Optimization optimization = (shape.unsynchronized() > 0)
				? Optimizations.delaying(new DelayParameters(shape.unsynchronized(), SYNC_INTERVAL))
				: new SkipSyncOnZeroOptimization(NopeOptimizationListener.INSTANCE, TimeMeter.SYSTEM_MILLISECONDS);
		return this.buckets.builder()
			.withOptimization(optimization)
			.build(key, () -> CompletableFuture.completedFuture(shape.configuration()));
	}

	private void dropIdle() {
		long idleSince = this.nanoTime.getAsLong() - SYNC_INTERVAL.toNanos();
		this.held.entrySet().removeIf((entry) -> {
			if (entry.getValue().lastUsed - idleSince > 0) {
				return false;
			}
			// what it admitted locally reaches the cluster before it is forgotten
			entry.getValue().proxy.getOptimizationController().syncImmediately();
			return true;
		});
	}

	private static final class Held {

		final AsyncBucketProxy proxy;

		final long unsynchronized;

		volatile long lastUsed;

		Held(AsyncBucketProxy proxy, long unsynchronized, long now) {
			this.proxy = proxy;
			this.unsynchronized = unsynchronized;
			// never idle at birth: a full map's sweep must not drop it before its first
			// use
			this.lastUsed = now;
		}

	}

}
