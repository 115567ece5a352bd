package dev.rustok.runtime.tenancy;

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
 */
public final class TenantShards extends AbstractRoutingDataSource {

	private static final ScopedValue<String> CURRENT = ScopedValue.newInstance();

	private final Set<String> names;

	TenantShards(Map<String, ? extends DataSource> byName) {
		if (!byName.containsKey(TenantRoute.DEFAULT_SHARD)) {
			throw new IllegalArgumentException("the shards must include '" + TenantRoute.DEFAULT_SHARD + "'");
		}
		this.names = Set.copyOf(byName.keySet());
		setTargetDataSources(Map.copyOf(byName));
		setDefaultTargetDataSource(byName.get(TenantRoute.DEFAULT_SHARD));
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

	/** Runs {@code work} with every connection it takes coming from {@code shard}. */
	public static <R, X extends Throwable> R on(String shard, ScopedValue.CallableOp<R, X> work) throws X {
		return ScopedValue.where(CURRENT, shard).call(work);
	}

	@Override
	protected Object determineCurrentLookupKey() {
		return current();
	}

	/** Closes every shard's connection pool; Spring calls it at shutdown. */
	public void close() throws Exception {
		for (DataSource shard : getResolvedDataSources().values()) {
			if (shard instanceof AutoCloseable pool) {
				pool.close();
			}
		}
	}

}
