package dev.rustok.runtime.tenancy;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What every session of a node on a shard is set to, at connection start (no round trip
 * per request). No parallel query: a storefront statement reads a page, a window of
 * matches or one product, and a parallel plan's workers cost more to start than such a
 * statement costs; with dozens of requests at once on a few cores they only take cores
 * from the other requests. A search for a word every product carries took a parallel
 * sequential scan that stopped after 1,001 rows and still paid its workers
 * (docs/adr/0112). No synchronized sequential scans: on a table larger than a quarter of
 * the shared buffers a sequential scan starts wherever another one is, so a search's
 * window of the first matches found was a different window at each call, and page 2 of a
 * common word repeated or skipped products of page 1 (docs/adr/0123).
 */
public final class ShardSessionSettings {

	/** The libpq {@code options} of the runtime's connections. */
	public static final String OPTIONS = "-c max_parallel_workers_per_gather=0 -c synchronize_seqscans=off";

	private ShardSessionSettings() {
	}

	static HikariDataSource applyTo(HikariDataSource pool) {
		// a URL that names its own options wins over these (the driver's rule)
		pool.addDataSourceProperty("options", OPTIONS);
		return pool;
	}

}
