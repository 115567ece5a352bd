package dev.rustok.runtime.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL {@code LISTEN}/{@code NOTIFY} for this node: one listening connection per
 * shard, on its own virtual thread, for every channel anyone subscribed to (the outbox's
 * {@code rustok_outbox}, the webhooks' {@code rustok_webhooks}). A broken connection is
 * opened again after a pause. A subscriber is also called once each time its channel is
 * (re)listened to, since notifications sent meanwhile are lost: notifications only
 * shorten a wait that polling bounds anyway (docs/adr/0055, 0086, 0098).
 */
public final class ShardNotifications implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ShardNotifications.class);

	private final TenantShards shards;

	private final Duration pause;

	private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();

	private final Map<String, Thread> listeners = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> listening = new ConcurrentHashMap<>();

	private volatile boolean running = true;

	/**
	 * @param pause how long a broken connection waits before it is opened again, and the
	 * longest a new subscription waits before its channel is listened to
	 */
	ShardNotifications(TenantShards shards, Duration pause) {
		this.shards = shards;
		this.pause = pause;
	}

	/**
	 * Calls {@code subscriber} with the shard's name on every notification on
	 * {@code channel}, from any shard, until the returned subscription is closed. It runs
	 * on the shard's listening thread: it must return at once (release a waiting thread,
	 * no database work).
	 */
	public Subscription subscribe(String channel, Consumer<String> subscriber) {
		if (!channel.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("not a channel name: '" + channel + "'");
		}
		this.subscribers.computeIfAbsent(channel, (name) -> new CopyOnWriteArrayList<>()).add(subscriber);
		for (String shard : this.shards.names()) {
			this.listeners.computeIfAbsent(shard,
					(name) -> Thread.ofVirtual().name("shard-listen-" + name).start(() -> listen(name)));
		}
		return () -> this.subscribers.computeIfPresent(channel, (name, list) -> {
			list.remove(subscriber);
			return list.isEmpty() ? null : list;
		});
	}

	/** The channels the shard's connection listens to now; empty while it is down. */
	public Set<String> listening(String shard) {
		return this.listening.getOrDefault(shard, Set.of());
	}

	@Override
	public void close() {
		this.running = false;
		this.listeners.values().forEach(Thread::interrupt);
		this.listeners.clear();
	}

	private void listen(String shard) {
		while (this.running) {
			try {
				TenantShards.on(shard, () -> {
					try (Connection connection = this.shards.getConnection()) {
						listenOn(shard, connection);
					}
					return null;
				});
			}
			catch (SQLException | RuntimeException failure) {
				if (!this.running) {
					return;
				}
				log.warn("Listening for notifications on shard '{}' failed, retrying in {}: {}", shard, this.pause,
						failure.toString());
			}
			finally {
				this.listening.remove(shard);
			}
			if (!pause()) {
				return;
			}
		}
	}

	private void listenOn(String shard, Connection connection) throws SQLException {
		PGConnection notifications = connection.unwrap(PGConnection.class);
		Set<String> channels = new HashSet<>();
		while (this.running) {
			follow(shard, connection, channels);
			PGNotification[] received = notifications.getNotifications((int) Math.max(1, this.pause.toMillis()));
			if (received != null) {
				for (PGNotification notification : received) {
					callSubscribers(notification.getName(), shard);
				}
			}
		}
	}

	/**
	 * Listens to the channels subscribed since last time, unlistens the abandoned ones.
	 */
	private void follow(String shard, Connection connection, Set<String> channels) throws SQLException {
		Set<String> wanted = Set.copyOf(this.subscribers.keySet());
		if (wanted.equals(channels)) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String channel : channels) {
				if (!wanted.contains(channel)) {
					statement.execute("unlisten " + channel);
				}
			}
			for (String channel : wanted) {
				if (!channels.contains(channel)) {
					statement.execute("listen " + channel);
				}
			}
		}
		Set<String> added = new HashSet<>(wanted);
		added.removeAll(channels);
		channels.clear();
		channels.addAll(wanted);
		this.listening.put(shard, Set.copyOf(wanted));
		// what was sent before this connection listened is lost: a wake-up covers it
		added.forEach((channel) -> callSubscribers(channel, shard));
	}

	private void callSubscribers(String channel, String shard) {
		for (Consumer<String> subscriber : this.subscribers.getOrDefault(channel, List.of())) {
			try {
				subscriber.accept(shard);
			}
			catch (RuntimeException failure) {
				log.error("A subscriber to '{}' failed on shard '{}'", channel, shard, failure);
			}
		}
	}

	private boolean pause() {
		try {
			Thread.sleep(this.pause);
			return true;
		}
		catch (InterruptedException stopping) {
			return false;
		}
	}

	/** Ends a subscription; the channel is unlistened once nobody follows it. */
	@FunctionalInterface
	public interface Subscription extends AutoCloseable {

		@Override
		void close();

	}

}
