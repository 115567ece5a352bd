package dev.rustok.runtime.webhooks;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.rustok.runtime.tenancy.TenantShards;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shard-level {@code rustok_webhooks} schema, migrated by Flyway from
 * {@code db/webhooks} with its own history table, as the outbox's (docs/adr/0054): every
 * node migrates at start, a shard that is down is migrated by the worker once it answers.
 */
final class WebhookSchema {

	private static final Logger log = LoggerFactory.getLogger(WebhookSchema.class);

	private final DataSource shards;

	private final Set<String> migrated = ConcurrentHashMap.newKeySet();

	WebhookSchema(DataSource shards) {
		this.shards = shards;
	}

	void migrateReachable(Set<String> names) {
		for (String shard : names) {
			try {
				migrated(shard);
			}
			catch (RuntimeException unreachable) {
				log.error("Could not migrate the webhook tables of shard '{}'; the worker retries: {}", shard,
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
					.schemas("rustok_webhooks")
					.createSchemas(true)
					.locations("classpath:db/webhooks")
					.load()
					.migrate());
		this.migrated.add(shard);
	}

}
