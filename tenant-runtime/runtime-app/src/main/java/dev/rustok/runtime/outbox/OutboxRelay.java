package dev.rustok.runtime.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.tenancy.ShardNotifications;
import dev.rustok.runtime.tenancy.ShardSchema;
import dev.rustok.runtime.tenancy.TenantShards;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one {@link ShardRelay} per shard this node reaches, each on its own virtual
 * thread, from start-up to shutdown. Every node runs them: claims with
 * {@code FOR UPDATE SKIP LOCKED} and leases share the work (docs/adr/0055). A
 * {@code NOTIFY rustok_outbox} on a shard, heard by the node's
 * {@link ShardNotifications}, wakes that shard's relay.
 */
final class OutboxRelay implements SmartLifecycle {

	private final TenantShards shards;

	private final JooqOutbox outbox;

	private final Deliveries deliveries;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	private final ShardSchema schema;

	/**
	 * Channel of the notification sent when events are stored (db/events/V1__outbox.sql).
	 */
	static final String CHANNEL = "rustok_outbox";

	private final ShardNotifications notifications;

	private final Map<String, ShardRelay> relays = new HashMap<>();

	private ShardNotifications.Subscription subscription;

	private final List<Thread> threads = new ArrayList<>();

	OutboxRelay(TenantShards shards, ShardNotifications notifications, JooqOutbox outbox, Deliveries deliveries,
			TransactionTemplate transactions, OutboxProperties properties, ShardSchema schema) {
		this.shards = shards;
		this.notifications = notifications;
		this.outbox = outbox;
		this.deliveries = deliveries;
		this.transactions = transactions;
		this.properties = properties;
		this.schema = schema;
	}

	@Override
	public synchronized void start() {
		for (String shard : this.shards.names().stream().sorted().toList()) {
			ShardRelay relay = new ShardRelay(shard, this.outbox, this.deliveries, this.transactions, this.properties,
					this.schema);
			this.relays.put(shard, relay);
			this.threads.add(Thread.ofVirtual().name("outbox-relay-" + shard).start(relay));
		}
		Map<String, ShardRelay> relays = Map.copyOf(this.relays);
		this.subscription = this.notifications.subscribe(CHANNEL, (shard) -> {
			ShardRelay relay = relays.get(shard);
			if (relay != null) {
				relay.notified();
			}
		});
	}

	@Override
	public synchronized void stop() {
		if (this.subscription != null) {
			this.subscription.close();
			this.subscription = null;
		}
		this.relays.values().forEach(ShardRelay::stop);
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
