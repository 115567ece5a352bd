package dev.rustok.devservices;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import org.postgresql.Driver;

/**
 * A real PostgreSQL server: the one named by {@code RUSTOK_DB_URL} when set (CI and the
 * build machines run PostgreSQL 15 on 127.0.0.1:5432), otherwise an embedded one from
 * Maven Central binaries. Callers create their own uniquely named databases on it,
 * because a shared server outlives a run.
 */
public final class PostgresServer implements AutoCloseable {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private static PostgresServer shared;

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final LocalPostgres embedded;

	private PostgresServer(String host, int port, String username, String password, LocalPostgres embedded) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		this.embedded = embedded;
	}

	/** One server per JVM, stopped when the JVM exits. */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "postgres-shutdown"));
		}
		return shared;
	}

	/** The server at {@code RUSTOK_DB_URL} if set, otherwise a new embedded server. */
	public static PostgresServer start() {
		String url = System.getenv("RUSTOK_DB_URL");
		if (url != null && !url.isBlank()) {
			return external(url, env("RUSTOK_DB_USER", "postgres"), env("RUSTOK_DB_PASSWORD", ""));
		}
		return embedded();
	}

	public static PostgresServer external(String jdbcUrl, String username, String password) {
		Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
		if (parsed == null) {
			throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
		}
		String host = parsed.getProperty("PGHOST", "127.0.0.1");
		int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432"));
		return new PostgresServer(host, port, username, password, null);
	}

	/**
	 * A private server for this process, from the PostgreSQL binaries on Maven Central;
	 * run as an unprivileged user when this process is root ({@link LocalPostgres}).
	 */
	public static PostgresServer embedded() {
		LocalPostgres postgres = LocalPostgres.start();
		return new PostgresServer("127.0.0.1", postgres.port(), "postgres", "", postgres);
	}

	public boolean isEmbedded() {
		return this.embedded != null;
	}

	public int port() {
		return this.port;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	/** Creates a database named {@code rustok_<prefix>_<random>}. */
	public Database createDatabase(String prefix) {
		String name = ("rustok_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
			.replace('-', '_');
		return createDatabaseNamed(name);
	}

	/** Creates (or recreates, empty) the database with exactly this name. */
	public Database createDatabaseNamed(String name) {
		requireSafeName(name);
		execute("drop database if exists " + name + " with (force)");
		execute("create database " + name);
		return new Database(name, jdbcUrl(name), this.username, this.password, this);
	}

	void dropDatabase(String name) {
		requireSafeName(name);
		execute("drop database if exists " + name + " with (force)");
	}

	private void requireSafeName(String name) {
		// database names cannot be bound as parameters, so only a strict shape is
		// accepted
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("unsafe database name: " + name);
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + this.host + ":" + this.port + " refused: " + sql, ex);
		}
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
