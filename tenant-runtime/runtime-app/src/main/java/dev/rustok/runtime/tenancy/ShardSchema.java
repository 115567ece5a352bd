package dev.rustok.runtime.tenancy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shard-level schema beside the tenants' ones ({@code rustok_events},
 * {@code rustok_webhooks}), migrated by Flyway from its own location with its own history
 * table in that schema, so it never mixes with a tenant's history (docs/adr/0054). Every
 * node migrates at start (Flyway's lock lets one of them do it); a shard that is down is
 * migrated by its worker once it answers.
 */
public final class ShardSchema {

	private static final Logger log = LoggerFactory.getLogger(ShardSchema.class);

	private final DataSource shards;

	private final String schema;

	private final String location;

	private final Set<String> migrated = ConcurrentHashMap.newKeySet();

	/**
	 * @param shards the routing data source ({@link TenantShards})
	 * @param location Flyway's location, e.g. {@code classpath:db/events}
	 */
	public ShardSchema(DataSource shards, String schema, String location) {
		this.shards = shards;
		this.schema = schema;
		this.location = location;
	}

	/** Migrates every shard it can reach now; the others are left to their worker. */
	public void migrateReachable(Set<String> names) {
		for (String shard : names) {
			try {
				migrated(shard);
			}
			catch (RuntimeException unreachable) {
				log.error("Could not migrate schema {} of shard '{}'; its worker retries: {}", this.schema, shard,
						unreachable.toString());
			}
		}
	}

	public void migrated(String shard) {
		if (this.migrated.contains(shard)) {
			return;
		}
		TenantShards.on(shard,
				() -> Flyway.configure()
					.dataSource(this.shards)
					.schemas(this.schema)
					.createSchemas(true)
					.locations(this.location)
					.load()
					.migrate());
		this.migrated.add(shard);
	}

}
