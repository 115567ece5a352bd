package dev.rustok.runtime.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.tenancy.ShardNotifications;
import dev.rustok.runtime.tenancy.ShardSchema;
import dev.rustok.runtime.tenancy.TenantShards;
import dev.rustok.runtime.tenancy.WakeUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, on every node, from start-up to shutdown (docs/adr/0070). Each
 * round, per shard: claim the shops with work due ({@code webhook_due}, SKIP LOCKED and a
 * lease), per shop claim its due deliveries (SKIP LOCKED and a lease), call the endpoints
 * at most {@code concurrency} at a time on virtual threads with no transaction open,
 * store each outcome in its own transaction, then set the shop's next due time. A node
 * that dies mid-round leaves its shops and deliveries to the others when the leases end:
 * a delivery may then be sent twice, with the same {@code webhook-id}.
 */
final class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	/** Shops claimed per shard and round. */
	private static final int SHOPS_PER_ROUND = 32;

	/** Finished deliveries past retention deleted per shop and round. */
	private static final int PRUNED_PER_ROUND = 500;

	/** The channel db/webhooks/V2 notifies when deliveries become due now. */
	static final String CHANNEL = "rustok_webhooks";

	private final TenantShards shards;

	private final ShardNotifications notifications;

	private final ShardSchema schema;

	private final JooqDueShops due;

	private final JooqDeliveries deliveries;

	private final WebhookCalls calls;

	private final DeliveryResults results;

	private final TransactionTemplate transactions;

	private final WebhookProperties properties;

	private final DeliveryMeters meters;

	private final Clock clock;

	private final Semaphore calling;

	private final EndpointSlots endpointSlots;

	private final GoneShopsSweep goneShops;

	private final SealedSecrets secrets;

	private final SecretResealing resealing;

	private ShardNotifications.Subscription subscription;

	private volatile boolean running;

	private Thread thread;

	private Instant lastSweep = Instant.MIN;

	DeliveryWorker(TenantShards shards, ShardNotifications notifications, ShardSchema schema, JooqDueShops due,
			JooqDeliveries deliveries, WebhookCalls calls, DeliveryResults results, TransactionTemplate transactions,
			WebhookProperties properties, DeliveryMeters meters, SealedSecrets secrets, SecretResealing resealing,
			Clock clock) {
		this.meters = meters;
		this.secrets = secrets;
		this.resealing = resealing;
		this.shards = shards;
		this.notifications = notifications;
		this.schema = schema;
		this.due = due;
		this.deliveries = deliveries;
		this.calls = calls;
		this.results = results;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		this.calling = new Semaphore(properties.concurrency());
		this.endpointSlots = new EndpointSlots(properties.endpointConcurrency(), properties.breakers());
		this.goneShops = new GoneShopsSweep(shards, schema, due, transactions);
	}

	@Override
	public synchronized void start() {
		this.running = true;
		// any shard's notification answers one more round over every shard
		WakeUp wakeUp = new WakeUp();
		this.subscription = this.notifications.subscribe(CHANNEL, (shard) -> wakeUp.ring());
		this.thread = Thread.ofVirtual().name("webhook-deliveries").start(() -> loop(wakeUp));
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.subscription != null) {
			this.subscription.close();
			this.subscription = null;
		}
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(this.properties.timeout().multipliedBy(2));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.thread != null;
	}

	/**
	 * Rounds until stopped. Between two rounds the worker waits for a notification that
	 * deliveries are due now (docs/adr/0086), until the earliest retry comes due, or the
	 * poll interval, whichever is first: polling only covers a lost notification.
	 */
	private void loop(WakeUp wakeUp) {
		while (this.running) {
			sweepWhenDue();
			Duration wait = this.properties.pollInterval();
			for (String shard : this.shards.names().stream().sorted().toList()) {
				try {
					Duration untilDue = TenantShards.onWorkerPool(shard, () -> {
						round(shard);
						return this.due.untilEarliest();
					}).orElse(wait);
					wait = (untilDue.compareTo(wait) < 0) ? untilDue : wait;
				}
				catch (RuntimeException failure) {
					log.warn("Webhook round on shard '{}' failed, retrying next round: {}", shard, failure.toString());
				}
			}
			try {
				wakeUp.await(wait);
			}
			catch (InterruptedException stopping) {
				return;
			}
		}
	}

	/** Every {@code sweep-interval}: see {@link GoneShopsSweep}. */
	private void sweepWhenDue() {
		Instant now = this.clock.instant();
		if (this.lastSweep.plus(this.properties.sweepInterval()).isAfter(now)) {
			return;
		}
		this.lastSweep = now;
		this.goneShops.sweepEveryShard();
	}

	/**
	 * One round on one shard; the call is bound to it, on its worker pool
	 * (docs/adr/0102), as is every thread the round starts.
	 */
	void round(String shard) {
		this.schema.migrated(shard);
		List<String> shops = this.transactions
			.execute((status) -> this.due.claim(SHOPS_PER_ROUND, this.properties.lease()));
		try (ExecutorService serving = Executors.newVirtualThreadPerTaskExecutor()) {
			for (String shop : shops) {
				Tenant tenant = new Tenant(new TenantId(shop), TenantNames.schema(shop), TenantNames.realm(shop),
						shard);
				serving.execute(() -> TenantShards.onWorkerPool(shard, () -> {
					serve(tenant);
					return null;
				}));
			}
		}
	}

	private void serve(Tenant tenant) {
		MDC.put("tenant", tenant.id().value());
		try {
			List<DueDelivery> claimed = this.transactions.execute((status) -> this.deliveries.claimDue(tenant,
					this.properties.batchSize(), this.properties.lease(), this.clock.instant()));
			this.resealing.resealOutdated(tenant, claimed);
			try (ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor()) {
				for (DueDelivery delivery : claimed) {
					sending.execute(() -> TenantShards.onWorkerPool(tenant.shard(), () -> {
						send(tenant, delivery);
						return null;
					}));
				}
			}
			this.transactions.executeWithoutResult((status) -> {
				// the log is pruned a slice at a time by the shop's own rounds: no sweep
				// over every tenant schema
				this.deliveries.prune(tenant, this.clock.instant().minus(this.properties.retention()),
						PRUNED_PER_ROUND);
				this.due.lock(tenant.id().value());
				this.due.dueAt(tenant.id().value(), this.deliveries.nextDue(tenant).orElse(null));
			});
		}
		catch (RuntimeException failure) {
			// the shop's lease runs out and a later round tries again
			log.warn("Webhook deliveries of shop {} failed: {}", tenant.id().value(), failure.toString());
		}
		finally {
			MDC.remove("tenant");
		}
	}

	private void send(Tenant tenant, DueDelivery delivery) {
		MDC.put("tenant", tenant.id().value());
		// per node, across rounds and shops: a shop is mostly served by one node at a
		// time (its lease), though a delivery stored mid-round makes it due to the
		// others at once (docs/adr/0087, 0098)
		try (EndpointSlots.Taken slot = this.endpointSlots.take(tenant.id().value(), delivery.endpointId())) {
			sendToEndpoint(tenant, delivery);
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
		finally {
			MDC.remove("tenant");
		}
	}

	private void sendToEndpoint(Tenant tenant, DueDelivery delivery) {
		try {
			this.calling.acquire();
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			Instant attemptedAt = this.clock.instant();
			CallOutcome outcome = switch (this.secrets.open(tenant.id(), delivery.endpointId(),
					delivery.storedSecret())) {
				case OpenedSecret.Readable(WebhookSecret secret, boolean outdated) ->
					this.calls.call(tenant.id().value(), delivery.endpointId(), delivery.url(), secret,
							delivery.eventId(), delivery.body());
				case OpenedSecret.Unreadable(String reason) -> unsigned(delivery, reason);
			};
			log.debug("Webhook delivery {} to endpoint {}: {}", delivery.id(), delivery.endpointId(), outcome);
			this.meters.attempted(tenant, outcome);
			this.transactions
				.executeWithoutResult((status) -> this.results.record(tenant, delivery, attemptedAt, outcome));
		}
		finally {
			this.calling.release();
		}
	}

	/**
	 * Not sent: unsigned it would be refused, and a key missing on this node (a rotation
	 * mistake, docs/adr/0101) is the platform's fault, not the endpoint's, so no attempt
	 * is counted; the reason shows in the delivery log, and another node with the key may
	 * send it meanwhile.
	 */
	private CallOutcome unsigned(DueDelivery delivery, String reason) {
		log.warn("Webhook delivery {} to endpoint {} not sent: {}", delivery.id(), delivery.endpointId(), reason);
		return new CallOutcome.NotCalled(this.properties.firstRetry(), "not sent: " + reason);
	}

}
