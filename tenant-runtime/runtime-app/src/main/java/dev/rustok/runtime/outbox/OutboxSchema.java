package dev.rustok.runtime.outbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.rustok.runtime.tenancy.TenantShards;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shard-level {@code rustok_events} schema, migrated by Flyway from {@code db/events}
 * with its own history table in that schema (docs/adr/0054), so it never mixes with a
 * tenant's history. Every node migrates at start (Flyway's lock lets one of them do it);
 * a shard that is down is migrated by its relay once it answers.
 */
final class OutboxSchema {

	private static final Logger log = LoggerFactory.getLogger(OutboxSchema.class);

	private final DataSource shards;

	private final Set<String> migrated = ConcurrentHashMap.newKeySet();

	OutboxSchema(DataSource shards) {
		this.shards = shards;
	}

	/** Migrates every shard it can reach now; the others are left to their relay. */
	void migrateReachable(Set<String> names) {
		for (String shard : names) {
			try {
				migrated(shard);
			}
			catch (RuntimeException unreachable) {
				log.error("Could not migrate the event tables of shard '{}'; its relay retries: {}", shard,
						unreachable.toString());
			}
		}
	}

	void migrated(String shard) {
		if (this.migrated.contains(shard)) {
			return;
		}
		TenantShards.on(shard,
				() -> Flyway.configure()
					.dataSource(this.shards)
					.schemas("rustok_events")
					.createSchemas(true)
					.locations("classpath:db/events")
					.load()
					.migrate());
		this.migrated.add(shard);
	}

}
