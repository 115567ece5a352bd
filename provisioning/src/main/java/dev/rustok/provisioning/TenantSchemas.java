package dev.rustok.provisioning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import dev.rustok.runtime.schema.TenantSchemaTemplate;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
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

	private static final Retry DROP_RETRY = Retry.of("drop-tenant-schema",
			RetryConfig.custom()
				.maxAttempts(5)
				.intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2))
				.retryOnException((ex) -> ex instanceof SQLException sql && DEADLOCK_DETECTED.equals(sql.getSQLState()))
				.build());

	private final DataSource dataSource;

	TenantSchemas(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void create(String schema) throws SQLException {
		// DDL takes no bind parameters, so the name is quoted; TenantOrder already
		// restricted it to [a-z0-9_]
		execute("create schema if not exists " + quoted(schema));
	}

	/**
	 * Drops the schema with everything in it; nothing happens when it is gone. A node's
	 * worker still busy in the schema (a webhook retry, the relay) can make the drop the
	 * victim of a deadlock: the drop is tried again, a few times, as the work it met
	 * ends.
	 */
	void drop(String schema) throws SQLException {
		try {
			Retry
				.decorateCheckedRunnable(DROP_RETRY,
						() -> execute("drop schema if exists " + quoted(schema) + " cascade"))
				.run();
		}
		catch (SQLException | RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable unexpected) {
			throw new IllegalStateException(unexpected);
		}
	}

	private void execute(String ddl) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(ddl);
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
