package dev.rustok.runtime.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.devservices.Database;
import dev.rustok.devservices.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One listening connection per shard for the whole node, on real PostgreSQL: each
 * channel's subscribers hear its notifications only, a connection killed under it is
 * opened again and listens to every channel as before, and a channel nobody follows any
 * more is unlistened (docs/adr/0098).
 */
class ShardNotificationsIT {

	private static final Duration BOUND = Duration.ofSeconds(30);

	private static final String SHARD = TenantRoute.DEFAULT_SHARD;

	static Database database;

	TenantShards shards;

	ShardNotifications notifications;

	final List<String> outbox = new CopyOnWriteArrayList<>();

	final List<String> webhooks = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void createDatabase() {
		database = PostgresServer.shared().createDatabase("notifications");
	}

	@AfterAll
	static void dropDatabase() {
		database.drop();
	}

	@BeforeEach
	void listen() {
		this.shards = new TenantShards(Map.of(SHARD, database.dataSource()));
		this.notifications = new ShardNotifications(this.shards, Duration.ofMillis(200));
	}

	@AfterEach
	void stopListening() {
		this.notifications.close();
	}

	@Test
	void eachChannelsSubscribersHearOnlyThatChannelOnOneConnection() throws SQLException {
		this.notifications.subscribe("it_outbox", this.outbox::add);
		this.notifications.subscribe("it_webhooks", this.webhooks::add);
		awaitListening("it_outbox", "it_webhooks");
		// each was called once when its channel was first listened to
		await().atMost(BOUND).until(() -> this.outbox.size() == 1 && this.webhooks.size() == 1);

		execute("notify it_outbox");
		execute("notify it_outbox");

		await().atMost(BOUND).until(() -> this.outbox.size() == 3);
		assertThat(this.outbox).containsOnly(SHARD);
		assertThat(this.webhooks).hasSize(1);
		assertThat(listeningConnections()).isEqualTo(1);
	}

	@Test
	void aKilledConnectionIsOpenedAgainAndListensToEveryChannelAsBefore() throws SQLException {
		this.notifications.subscribe("it_outbox", this.outbox::add);
		this.notifications.subscribe("it_webhooks", this.webhooks::add);
		awaitListening("it_outbox", "it_webhooks");
		await().atMost(BOUND).until(() -> this.outbox.size() == 1 && this.webhooks.size() == 1);

		execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() "
				+ "and pid <> pg_backend_pid() and query like 'listen %'");

		// called again once listening anew: notifications sent meanwhile were lost
		await().atMost(BOUND).until(() -> this.outbox.size() == 2 && this.webhooks.size() == 2);
		awaitListening("it_outbox", "it_webhooks");
		execute("notify it_webhooks");
		await().atMost(BOUND).until(() -> this.webhooks.size() == 3);
		assertThat(this.outbox).hasSize(2);
	}

	@Test
	void aChannelNobodyFollowsAnyMoreIsUnlistened() throws SQLException {
		this.notifications.subscribe("it_outbox", this.outbox::add);
		ShardNotifications.Subscription webhooks = this.notifications.subscribe("it_webhooks", this.webhooks::add);
		awaitListening("it_outbox", "it_webhooks");
		await().atMost(BOUND).until(() -> this.webhooks.size() == 1);

		webhooks.close();

		await().atMost(BOUND).until(() -> !this.notifications.listening(SHARD).contains("it_webhooks"));
		assertThat(this.notifications.listening(SHARD)).containsExactly("it_outbox");
		execute("notify it_webhooks");
		execute("notify it_outbox");
		await().atMost(BOUND).until(() -> this.outbox.size() == 2);
		assertThat(this.webhooks).hasSize(1);
	}

	private void awaitListening(String... channels) {
		await().atMost(BOUND).until(() -> this.notifications.listening(SHARD).containsAll(List.of(channels)));
	}

	private long listeningConnections() throws SQLException {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*) from pg_stat_activity "
						+ "where datname = current_database() and query like 'listen %'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
