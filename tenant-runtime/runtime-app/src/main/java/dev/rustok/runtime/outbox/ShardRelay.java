package dev.rustok.runtime.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import dev.rustok.runtime.tenancy.ShardSchema;
import dev.rustok.runtime.tenancy.TenantShards;
import dev.rustok.runtime.tenancy.WakeUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay loop of one shard on this node: claim a batch, deliver it, and when nothing
 * is left wait for a commit's {@code NOTIFY rustok_outbox} ({@link #notified}, from the
 * node's {@code ShardNotifications}), or the poll interval, whichever comes first.
 * Notifications only shorten the wait: a lost one (the listening connection broke) costs
 * at most one poll interval.
 */
final class ShardRelay implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ShardRelay.class);

	private final String shard;

	private final JooqOutbox outbox;

	private final Deliveries deliveries;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	private final ShardSchema schema;

	private volatile boolean running = true;

	private final WakeUp wakeUp = new WakeUp();

	ShardRelay(String shard, JooqOutbox outbox, Deliveries deliveries, TransactionTemplate transactions,
			OutboxProperties properties, ShardSchema schema) {
		this.shard = shard;
		this.outbox = outbox;
		this.deliveries = deliveries;
		this.transactions = transactions;
		this.properties = properties;
		this.schema = schema;
	}

	@Override
	public void run() {
		// the shard's worker pool: requests never wait for the relay's connections, nor
		// the relay for theirs (docs/adr/0102)
		TenantShards.onWorkerPool(this.shard, () -> {
			loop();
			return null;
		});
	}

	void stop() {
		this.running = false;
	}

	/** A commit on this shard stored events: ends the wait between batches. */
	void notified() {
		this.wakeUp.ring();
	}

	private void loop() {
		while (this.running) {
			try {
				this.schema.migrated(this.shard);
				if (relayOneBatch() == 0) {
					// drains every pending notification at once: one batch answers
					// them all
					this.wakeUp.await(this.properties.pollInterval());
				}
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException failure) {
				if (!this.running) {
					return;
				}
				log.warn("Outbox relay on shard '{}' failed, retrying in {}: {}", this.shard,
						this.properties.pollInterval(), failure.toString());
				sleep(this.properties.pollInterval());
			}
		}
	}

	/**
	 * Claims and delivers one batch; the number of events claimed. A batch holds at most
	 * one event per aggregate (the head of its queue), so its order within the batch is
	 * free. It is delivered together first, one transaction per handler (docs/adr/0116);
	 * when that fails, its events are delivered one by one, in parallel,
	 * {@code delivery-threads} at a time. Those delivered to every handler are then
	 * marked in one transaction, a failed one never (docs/adr/0110): the next event of an
	 * aggregate waits for the next batch either way, and one that dies before the mark is
	 * delivered again after its lease, to handlers whose receipts skip it.
	 */
	int relayOneBatch() throws InterruptedException {
		List<StoredEvent> claimed = this.transactions
			.execute((status) -> this.outbox.claim(this.properties.batchSize(), this.properties.lease()));
		if (claimed.isEmpty()) {
			return 0;
		}
		if (claimed.size() > 1 && this.properties.deliverTogether()
				&& TenantShards.onWorkerPool(this.shard, () -> this.deliveries.deliverTogether(this.shard, claimed))) {
			this.transactions.executeWithoutResult(
					(status) -> this.outbox.delivered(claimed.stream().map(StoredEvent::position).toList()));
			return claimed.size();
		}
		return deliverOneByOne(claimed);
	}

	// after a batch failed together: each event on its own, so only a failing one waits
	private int deliverOneByOne(List<StoredEvent> claimed) throws InterruptedException {
		Semaphore slots = new Semaphore(this.properties.deliveryThreads());
		Queue<Long> delivered = new ConcurrentLinkedQueue<>();
		try (ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor()) {
			for (StoredEvent event : claimed) {
				if (!this.running) {
					break;
				}
				slots.acquire();
				deliveries.execute(() -> {
					try {
						if (TenantShards.onWorkerPool(this.shard, () -> this.deliveries.deliver(this.shard, event))) {
							delivered.add(event.position());
						}
					}
					finally {
						slots.release();
					}
				});
			}
		}
		finally {
			// after every delivery of the batch has ended (the executor's close waits)
			if (!delivered.isEmpty()) {
				this.transactions.executeWithoutResult((status) -> this.outbox.delivered(delivered));
			}
		}
		return claimed.size();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
