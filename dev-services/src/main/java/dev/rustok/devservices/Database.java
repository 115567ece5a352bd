package dev.rustok.devservices;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database on a {@link PostgresServer}, created for one test class or one launcher
 * run.
 *
 * @param name the database name
 * @param jdbcUrl JDBC URL without credentials
 * @param username user to connect as
 * @param password password, empty for trust authentication
 * @param server the server that holds it, to drop it
 */
public record Database(String name, String jdbcUrl, String username, String password, PostgresServer server) {

	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(this.jdbcUrl);
		dataSource.setUser(this.username);
		dataSource.setPassword(this.password);
		return dataSource;
	}

	public void drop() {
		this.server.dropDatabase(this.name);
	}

}
