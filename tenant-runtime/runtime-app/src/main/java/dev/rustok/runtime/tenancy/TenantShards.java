package dev.rustok.runtime.tenancy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import dev.rustok.controlplane.api.TenantRoute;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The databases ("shards") this node reaches, as one {@link DataSource} that hands out a
 * connection to the shard the current call is bound to with {@link #on}: the request's
 * tenant's shard, bound by {@code GatewayTenantFilter}. Being the application's only
 * {@code DataSource}, it sits under jOOQ and the transaction manager alike, so a
 * {@code @Transactional} method holds one connection to its tenant's shard from its first
 * statement to its commit. Unbound calls (health checks, start-up) use
 * {@link TenantRoute#DEFAULT_SHARD}. See docs/adr/0029-tenant-shards.md.
 * <p>
 * Each shard has two pools: one for requests, and a small one for the background workers
 * (the outbox relay, the webhook worker), which run under {@link #onWorkerPool}: neither
 * ever waits for a connection the other holds (docs/adr/0102).
 */
public final class TenantShards extends AbstractRoutingDataSource {

	private static final ScopedValue<String> CURRENT = ScopedValue.newInstance();

	private static final ScopedValue<Boolean> WORKER = ScopedValue.newInstance();

	private final Set<String> names;

	/** Every pool of a shard serves both requests and workers: tests' single pools. */
	TenantShards(Map<String, ? extends DataSource> byName) {
		this(byName, byName);
	}

	TenantShards(Map<String, ? extends DataSource> requests, Map<String, ? extends DataSource> workers) {
		if (!requests.containsKey(TenantRoute.DEFAULT_SHARD)) {
			throw new IllegalArgumentException("the shards must include '" + TenantRoute.DEFAULT_SHARD + "'");
		}
		if (!requests.keySet().equals(workers.keySet())) {
			throw new IllegalArgumentException("every shard needs a request pool and a worker pool");
		}
		this.names = Set.copyOf(requests.keySet());
		Map<Object, Object> targets = new HashMap<>();
		requests.forEach((shard, pool) -> targets.put(new Lookup(shard, false), pool));
		workers.forEach((shard, pool) -> targets.put(new Lookup(shard, true), pool));
		setTargetDataSources(targets);
		setDefaultTargetDataSource(requests.get(TenantRoute.DEFAULT_SHARD));
		// an unbound call goes to the default shard; a bound unknown one must fail, not
		// fall back to another tenant's database
		setLenientFallback(false);
		afterPropertiesSet();
	}

	/** Whether this node is configured to reach the shard. */
	public boolean knows(String shard) {
		return this.names.contains(shard);
	}

	/** Every shard this node is configured to reach. */
	public Set<String> names() {
		return this.names;
	}

	/** The shard the current call is bound to. */
	public static String current() {
		return CURRENT.orElse(TenantRoute.DEFAULT_SHARD);
	}

	/**
	 * Runs {@code work} with every connection it takes coming from {@code shard}, from
	 * the pool the caller uses (requests', or the workers' inside {@link #onWorkerPool}).
	 */
	public static <R, X extends Throwable> R on(String shard, ScopedValue.CallableOp<R, X> work) throws X {
		return ScopedValue.where(CURRENT, shard).call(work);
	}

	/**
	 * Runs {@code work} with every connection it takes coming from {@code shard}'s worker
	 * pool. A thread {@code work} starts is not bound: it binds itself again.
	 */
	public static <R, X extends Throwable> R onWorkerPool(String shard, ScopedValue.CallableOp<R, X> work) throws X {
		return ScopedValue.where(CURRENT, shard).where(WORKER, true).call(work);
	}

	@Override
	protected Object determineCurrentLookupKey() {
		return new Lookup(current(), WORKER.orElse(false));
	}

	/** Closes every shard's connection pools; Spring calls it at shutdown. */
	public void close() throws Exception {
		for (DataSource pool : Set.copyOf(getResolvedDataSources().values())) {
			if (pool instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
	}

	private record Lookup(String shard, boolean worker) {

	}

}
