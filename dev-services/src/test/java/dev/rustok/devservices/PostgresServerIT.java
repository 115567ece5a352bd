package dev.rustok.devservices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerIT {

	@Test
	void anEmbeddedServerStartsAndNeverRunsAsRootEvenWhenTheBuildDoes() throws Exception {
		try (PostgresServer server = PostgresServer.embedded()) {
			Database database = server.createDatabase("embedded");
			long backendPid;
			try (Connection connection = database.dataSource().getConnection();
					Statement statement = connection.createStatement();
					ResultSet result = statement
						.executeQuery("select current_database(), current_user, pg_backend_pid()")) {
				result.next();
				assertThat(result.getString(1)).isEqualTo(database.name());
				assertThat(result.getString(2)).isEqualTo("postgres");
				backendPid = result.getLong(3);
				Object serverUid = Files.getAttribute(Path.of("/proc/" + backendPid), "unix:uid");
				assertThat(serverUid).isNotEqualTo(0);
			}
		}
	}

	@Test
	void aStoppedEmbeddedServerFreesItsPort() throws Exception {
		PostgresServer server = PostgresServer.embedded();
		int port = server.port();
		server.close();
		assertThat(FreePorts.isFree(port)).isTrue();
	}

	@Test
	void createdDatabasesAreIsolatedAndCanBeDropped() throws Exception {
		PostgresServer server = PostgresServer.shared();
		Database one = server.createDatabase("iso");
		Database two = server.createDatabase("iso");
		assertThat(one.name()).isNotEqualTo(two.name());
		try (Connection connection = one.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table only_in_one(id int)");
		}
		try (Connection connection = two.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select count(*) from pg_tables where tablename = 'only_in_one'")) {
			result.next();
			assertThat(result.getInt(1)).isZero();
		}
		one.drop();
		two.drop();
		try (Connection connection = server.createDatabase("probe").dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from pg_database where datname in ('"
						+ one.name() + "','" + two.name() + "')")) {
			result.next();
			assertThat(result.getInt(1)).isZero();
		}
	}

}
