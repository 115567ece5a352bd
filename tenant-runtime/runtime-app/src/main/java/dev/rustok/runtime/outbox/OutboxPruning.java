package dev.rustok.runtime.outbox;

import java.time.Instant;

import dev.rustok.runtime.tenancy.TenantShards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention policy: delivered events and handler receipts older than
 * {@code rustok.outbox.retention} are deleted, in slices, so one run never holds long
 * locks. Undelivered events and dead letters are never pruned.
 */
final class OutboxPruning {

	private static final Logger log = LoggerFactory.getLogger(OutboxPruning.class);

	private static final int SLICE = 5_000;

	private final TenantShards shards;

	private final JooqOutbox outbox;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	OutboxPruning(TenantShards shards, JooqOutbox outbox, TransactionTemplate transactions,
			OutboxProperties properties) {
		this.shards = shards;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${rustok.outbox.prune-interval:PT10M}",
			initialDelayString = "${rustok.outbox.prune-interval:PT10M}")
	void pruneEveryShard() {
		for (String shard : this.shards.names()) {
			try {
				TenantShards.onWorkerPool(shard, () -> prune(Instant.now().minus(this.properties.retention())));
			}
			catch (RuntimeException unreachable) {
				log.warn("Could not prune the outbox of shard '{}': {}", shard, unreachable.toString());
			}
		}
	}

	/** Prunes the shard the call is bound to; the number of events deleted. */
	int prune(Instant before) {
		int events = 0;
		int slice;
		do {
			slice = this.transactions.execute((status) -> this.outbox.pruneDelivered(before, SLICE));
			events += slice;
		}
		while (slice == SLICE);
		do {
			slice = this.transactions.execute((status) -> this.outbox.pruneReceipts(before, SLICE));
		}
		while (slice == SLICE);
		return events;
	}

}
