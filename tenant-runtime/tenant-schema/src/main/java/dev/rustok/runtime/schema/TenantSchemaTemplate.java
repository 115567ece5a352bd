package dev.rustok.runtime.schema;

/**
 * Where the tenant migrations live and which schema name the generated jOOQ code renders.
 *
 * <p>
 * Provisioning runs {@link #MIGRATIONS_LOCATION} with Flyway into {@code t_<slug>}; the
 * runtime maps {@link #NAME} to that schema per request with jOOQ render mapping, so no
 * SQL string ever carries a tenant name.
 */
public final class TenantSchemaTemplate {

	/** Flyway location of the tenant migrations (they name no schema). */
	public static final String MIGRATIONS_LOCATION = "classpath:db/tenant";

	/** The schema the generated code is bound to; never exists in a real database. */
	public static final String NAME = TenantTemplate.TENANT_TEMPLATE.getName();

	private TenantSchemaTemplate() {
	}

}
