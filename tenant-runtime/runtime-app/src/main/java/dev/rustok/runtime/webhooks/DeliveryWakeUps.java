package dev.rustok.runtime.webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.rustok.runtime.tenancy.TenantShards;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ends the delivery worker's wait between rounds early: a {@code NOTIFY
 * rustok_webhooks} on any shard, sent when deliveries become due now (docs/adr/0086). One
 * listening connection per shard, each on its own virtual thread. Notifications only
 * shorten the wait: a lost one (a listening connection broke) costs at most the wait.
 */
final class DeliveryWakeUps {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWakeUps.class);

	private final TenantShards shards;

	private final Duration retry;

	// one permit at most: any number of notifications during a round answer one round
	private final Semaphore wake = new Semaphore(0);

	private final Map<String, Thread> listeners = new ConcurrentHashMap<>();

	private volatile boolean running = true;

	DeliveryWakeUps(TenantShards shards, Duration retry) {
		this.shards = shards;
		this.retry = retry;
	}

	/**
	 * Listens on every shard known now; shards added later are picked up by the next
	 * call.
	 */
	void listenToEveryShard() {
		for (String shard : this.shards.names()) {
			this.listeners.computeIfAbsent(shard,
					(name) -> Thread.ofVirtual().name("webhook-listen-" + name).start(() -> listen(name)));
		}
	}

	/** Waits for a notification or the timeout, whichever comes first. */
	void await(Duration timeout) throws InterruptedException {
		if (this.wake.tryAcquire(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
			// notifications that came meanwhile are for commits the next
			// round sees anyway
			this.wake.drainPermits();
		}
	}

	void stop() {
		this.running = false;
		this.listeners.values().forEach(Thread::interrupt);
		this.listeners.clear();
	}

	private void wake() {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	private void listen(String shard) {
		while (this.running) {
			try {
				TenantShards.on(shard, () -> {
					try (Connection connection = this.shards.getConnection()) {
						try (Statement listen = connection.createStatement()) {
							listen.execute("listen rustok_webhooks");
						}
						// a wake-up right after (re)connecting covers what was
						// missed meanwhile
						wake();
						PGConnection notifications = connection.unwrap(PGConnection.class);
						while (this.running) {
							if (notifications.getNotifications((int) this.retry.toMillis()).length > 0) {
								wake();
							}
						}
					}
					return null;
				});
			}
			catch (SQLException | RuntimeException failure) {
				if (!this.running) {
					return;
				}
				log.warn("Listening for webhook deliveries on shard '{}' failed, retrying in {}: {}", shard, this.retry,
						failure.toString());
				try {
					Thread.sleep(this.retry);
				}
				catch (InterruptedException stopping) {
					return;
				}
			}
		}
	}

}
