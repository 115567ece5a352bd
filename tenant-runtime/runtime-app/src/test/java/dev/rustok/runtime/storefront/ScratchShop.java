package dev.rustok.runtime.storefront;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.rustok.devservices.Database;
import dev.rustok.devservices.PostgresServer;
import dev.rustok.runtime.schema.TenantSchemaTemplate;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.tenancy.ShardSessionSettings;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One shop's schema in a database of its own, migrated with the tenant migrations, and
 * the storefront's read model over it, without the rest of the runtime: for tests that
 * call the read model thousands of times. {@link CatalogRows} indexes what it writes.
 */
final class ScratchShop implements AutoCloseable {

	static final Tenant TENANT = new Tenant(new TenantId("scratch"), "t_scratch", "scratch");

	private final Database database = PostgresServer.shared().createDatabase("storefront");

	private final SingleConnectionDataSource dataSource;

	final DSLContext dsl;

	final JooqProductIndex catalog;

	final CatalogRows rows;

	ScratchShop() {
		Flyway.configure()
			.dataSource(this.database.dataSource())
			.schemas(TENANT.schema())
			.locations(TenantSchemaTemplate.MIGRATIONS_LOCATION)
			.load()
			.migrate();
		this.dataSource = new SingleConnectionDataSource(connect(this.database), true);
		this.dsl = dsl(this.dataSource);
		this.catalog = new JooqProductIndex((tenant) -> this.dsl);
		this.rows = new CatalogRows(this.dataSource, TENANT.schema());
		this.dsl.execute("insert into t_scratch.store_settings (id, shop_name) values (1, 'Scratch')");
	}

	/**
	 * Where the shop's database is, for a benchmark that leaves it to be explored by
	 * hand.
	 */
	String jdbcUrl() {
		return this.database.jdbcUrl();
	}

	/** Closes the connection and leaves the database, for inspection by hand. */
	void closeKeepingTheDatabase() {
		this.dataSource.destroy();
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * A second session on the shop's database, mapped as {@link #dsl} is, for tests of
	 * what one transaction makes another wait for; the caller closes it.
	 */
	SingleConnectionDataSource anotherSession() {
		return new SingleConnectionDataSource(connect(this.database), true);
	}

	static DSLContext dsl(DataSource session) {
		return DSL.using(session, SQLDialect.POSTGRES, new Settings().withRenderMapping(new RenderMapping()
			.withSchemata(new MappedSchema().withInput(TenantSchemaTemplate.NAME).withOutput(TENANT.schema()))));
	}

	// with the session settings of a node's pools, so the read model plans as it does
	// there
	private static Connection connect(Database database) {
		PGSimpleDataSource dataSource = (PGSimpleDataSource) database.dataSource();
		dataSource.setOptions(ShardSessionSettings.OPTIONS);
		try {
			return dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.dataSource.destroy();
		this.database.drop();
	}

}
