package dev.rustok.runtime.webhooks;

import java.util.List;

import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.tenancy.ShardSchema;
import dev.rustok.runtime.tenancy.TenantShards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops the {@code webhook_due} rows of shops whose schema is gone, deleted or abandoned
 * (docs/adr/0098): nothing else would, and a due one would be claimed and fail once per
 * lease forever. Run by the delivery worker every {@code sweep-interval}.
 */
final class GoneShopsSweep {

	private static final Logger log = LoggerFactory.getLogger(GoneShopsSweep.class);

	private final TenantShards shards;

	private final ShardSchema schema;

	private final JooqDueShops due;

	private final TransactionTemplate transactions;

	GoneShopsSweep(TenantShards shards, ShardSchema schema, JooqDueShops due, TransactionTemplate transactions) {
		this.shards = shards;
		this.schema = schema;
		this.due = due;
		this.transactions = transactions;
	}

	void sweepEveryShard() {
		for (String shard : this.shards.names()) {
			try {
				TenantShards.onWorkerPool(shard, () -> {
					this.schema.migrated(shard);
					sweep();
					return null;
				});
			}
			catch (RuntimeException failure) {
				log.warn("Sweeping webhook_due of shard '{}' failed, retrying next sweep: {}", shard,
						failure.toString());
			}
		}
	}

	/** The sweep of the shard the call is bound to; the shops whose rows went. */
	List<String> sweep() {
		List<String> shops = this.due.shops().stream().filter(TenantNames::isTenantId).toList();
		if (shops.isEmpty()) {
			return List.of();
		}
		List<String> gone = this.transactions
			.execute((status) -> this.due.forgetWithoutSchema(shops, shops.stream().map(TenantNames::schema).toList()));
		if (!gone.isEmpty()) {
			log.info("Forgot the webhook deliveries due of {} shop(s) whose schema is gone: {}", gone.size(), gone);
		}
		return gone;
	}

}
