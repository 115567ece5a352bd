package dev.rustok.provisioning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.rustok.runtime.schema.TenantSchemaTemplate;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Creates a tenant's schema and migrates it with the tenant migrations shipped in the
 * {@code tenant-schema} jar. Both are idempotent: the schema is created only if missing
 * and Flyway applies only the migrations the schema's history lacks.
 */
class TenantSchemas {

	// PostgreSQL's SQLSTATE for "deadlock detected"
	private static final String DEADLOCK_DETECTED = "40P01";

	private static final int DROP_ATTEMPTS = 5;

	private final DataSource dataSource;

	TenantSchemas(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void create(String schema) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			// DDL takes no bind parameters, so the name is quoted; TenantOrder already
			// restricted it
			// to [a-z0-9_]
			statement.execute("create schema if not exists " + quoted(schema));
		}
	}

	/**
	 * Drops the schema with everything in it; nothing happens when it is gone. A node's
	 * worker still busy in the schema (a webhook retry, the relay) can make the drop the
	 * victim of a deadlock: the drop is tried again, a few times, as the work it met
	 * ends.
	 */
	void drop(String schema) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + quoted(schema) + " cascade");
				return;
			}
			catch (SQLException ex) {
				if (!DEADLOCK_DETECTED.equals(ex.getSQLState()) || attempt == DROP_ATTEMPTS) {
					throw ex;
				}
				pauseBeforeAttempt(attempt);
			}
		}
	}

	private static void pauseBeforeAttempt(int attempt) throws SQLException {
		try {
			// a retry pause, not a wait for a result: the other transaction has been
			// told it won and finishes on its own
			Thread.sleep(100L * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while dropping a schema", ex);
		}
	}

	/**
	 * Applies the migrations the schema lacks.
	 * @return the schema's version afterwards (Flyway's, for example {@code 4})
	 */
	String migrate(String schema) {
		Flyway flyway = Flyway.configure(TenantSchemas.class.getClassLoader())
			.dataSource(this.dataSource)
			.schemas(schema)
			.locations(TenantSchemaTemplate.MIGRATIONS_LOCATION)
			.load();
		flyway.migrate();
		MigrationInfo current = flyway.info().current();
		if (current == null || current.getVersion() == null) {
			throw new FlywayException("Schema " + schema + " has no version after migrating");
		}
		return current.getVersion().getVersion();
	}

	/**
	 * Records the shop's name in its own schema, where the storefront reads it; an
	 * upsert, so running it again (a resumed provisioning) changes nothing.
	 */
	void nameShop(String schema, String shopName) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("insert into " + quoted(schema)
						+ ".store_settings (id, shop_name) values (1, ?) on conflict (id) do update set shop_name = excluded.shop_name")) {
			statement.setString(1, shopName);
			statement.executeUpdate();
		}
	}

	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
