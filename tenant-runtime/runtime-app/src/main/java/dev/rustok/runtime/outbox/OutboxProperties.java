package dev.rustok.runtime.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.outbox.*}: how the relay claims, retries and prunes (docs/adr/0055).
 *
 * @param batchSize events claimed per round trip
 * @param deliveryThreads events of one batch delivered at once, each holding a connection
 * of the shard's worker pool while it runs (docs/adr/0102): more threads than
 * {@code rustok.worker-pool.size} connections only wait their turn
 * @param pollInterval the longest wait for new events when no notification arrives
 * @param lease how long a claimed event stays with the node delivering it; a node that
 * dies leaves it to the others after this
 * @param firstRetry the delay after the first failure, doubled per attempt
 * @param maxRetry the longest delay between attempts
 * @param maxAttempts failures after which the event goes to the dead letters
 * @param retention how long delivered events and handler receipts are kept
 * @param pruneInterval how often they are pruned
 * @param deliverTogether whether a batch goes to each handler in one transaction first
 * (docs/adr/0116); off, every event has a transaction per handler, as before
 */
@ConfigurationProperties("rustok.outbox")
record OutboxProperties(@DefaultValue("100") int batchSize, @DefaultValue("4") int deliveryThreads,
		@DefaultValue("PT1S") Duration pollInterval, @DefaultValue("PT30S") Duration lease,
		@DefaultValue("PT1S") Duration firstRetry, @DefaultValue("PT5M") Duration maxRetry,
		@DefaultValue("5") int maxAttempts, @DefaultValue("P7D") Duration retention,
		@DefaultValue("PT10M") Duration pruneInterval, @DefaultValue("true") boolean deliverTogether) {

	OutboxProperties {
		if (batchSize < 1 || deliveryThreads < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException(
					"rustok.outbox.batch-size, delivery-threads and max-attempts must be positive");
		}
	}

	Backoff backoff() {
		return new Backoff(this.firstRetry, this.maxRetry);
	}

}
