package dev.rustok.runtime.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.rustok.devservices.Database;
import dev.rustok.devservices.PostgresServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pool of a node, for requests and for workers, on the default shard and on a
 * configured one, hands out sessions without parallel query (docs/adr/0112) and without
 * synchronized sequential scans (docs/adr/0123), on a real PostgreSQL whose own defaults
 * allow both.
 */
class ShardSessionSettingsIT {

	static Database database;

	@BeforeAll
	static void createDatabase() {
		database = PostgresServer.shared().createDatabase("sessions");
	}

	@AfterAll
	static void dropDatabase() {
		database.drop();
	}

	@Test
	void everyPoolOfANodeHandsOutSessionsWithoutParallelQueryOrSynchronizedScans() throws Exception {
		assertThat(setting(database.dataSource(), "max_parallel_workers_per_gather")).isNotEqualTo("0");
		assertThat(setting(database.dataSource(), "synchronize_seqscans")).isEqualTo("on");
		DataSourceProperties primary = new DataSourceProperties();
		primary.setUrl(database.jdbcUrl());
		primary.setUsername(database.username());
		primary.setPassword(database.password());
		MockEnvironment environment = new MockEnvironment().withProperty("rustok.shards.eu2.url", database.jdbcUrl())
			.withProperty("rustok.shards.eu2.username", database.username())
			.withProperty("rustok.shards.eu2.password", database.password());
		TenantShards shards = new ShardConfiguration().dataSource(primary, environment,
				new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
		try {
			List<DataSource> pools = shards.getResolvedDataSources().values().stream().toList();
			// two shards, each with its request pool and its worker pool
			assertThat(pools).hasSize(4);
			for (DataSource pool : pools) {
				assertThat(setting(pool, "max_parallel_workers_per_gather")).isEqualTo("0");
				// a search's window is the first matches found, the same ones at every
				// call
				// (docs/adr/0123)
				assertThat(setting(pool, "synchronize_seqscans")).isEqualTo("off");
			}
		}
		finally {
			shards.close();
		}
	}

	private static String setting(DataSource dataSource, String name) throws Exception {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("show " + name)) {
			row.next();
			return row.getString(1);
		}
	}

}
