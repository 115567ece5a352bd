package dev.rustok.runtime.outbox;

import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.tenancy.TenantShards;
import dev.rustok.runtime.tenancy.ShardSchema;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one {@link ShardRelay} per shard this node reaches, each on its own virtual
 * thread, from start-up to shutdown. Every node runs them: claims with
 * {@code FOR UPDATE SKIP LOCKED} and leases share the work (docs/adr/0055).
 */
final class OutboxRelay implements SmartLifecycle {

	private final TenantShards shards;

	private final JooqOutbox outbox;

	private final Deliveries deliveries;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	private final ShardSchema schema;

	private final List<ShardRelay> relays = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	OutboxRelay(TenantShards shards, JooqOutbox outbox, Deliveries deliveries, TransactionTemplate transactions,
			OutboxProperties properties, ShardSchema schema) {
		this.shards = shards;
		this.outbox = outbox;
		this.deliveries = deliveries;
		this.transactions = transactions;
		this.properties = properties;
		this.schema = schema;
	}

	@Override
	public synchronized void start() {
		for (String shard : this.shards.names().stream().sorted().toList()) {
			ShardRelay relay = new ShardRelay(shard, this.shards, this.outbox, this.deliveries, this.transactions,
					this.properties, this.schema);
			this.relays.add(relay);
			this.threads.add(Thread.ofVirtual().name("outbox-relay-" + shard).start(relay));
		}
	}

	@Override
	public synchronized void stop() {
		this.relays.forEach(ShardRelay::stop);
		for (Thread thread : this.threads) {
			thread.interrupt();
		}
		for (Thread thread : this.threads) {
			try {
				thread.join(this.properties.pollInterval().multipliedBy(2));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		this.relays.clear();
		this.threads.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !this.threads.isEmpty();
	}

}
