package dev.rustok.controlplane.api;

import java.util.Objects;

/**
 * Where a tenant lives and whether it may be reached: the gateway keys it by host, the
 * runtime by tenant id. Published by provisioning only once every provisioning step
 * succeeded.
 *
 * @param host the storefront host, lower case, without port (for example
 * {@code acme.localhost})
 * @param tenantId the tenant's id (its slug)
 * @param status whether the tenant is served
 * @param realm the tenant's own Keycloak realm, for display; what acts for a tenant is
 * {@link TenantNames#realm} of its id, never this field (a cluster member can rewrite it)
 * @param plan the billing plan code, for rate limits and quotas
 * @param schema the PostgreSQL schema holding the tenant's data, for display; the runtime
 * uses {@link TenantNames#schema} of the id
 * @param shard the database holding that schema, as the runtime's
 * {@code rustok.shards.<name>} configuration names it; {@link #DEFAULT_SHARD} for a route
 * published before shards were recorded (docs/adr/0029-tenant-shards.md)
 */
public record TenantRoute(String host, String tenantId, TenantStatus status, String realm, String plan, String schema,
		String shard) {

	/** The shard every runtime has: its primary database. */
	public static final String DEFAULT_SHARD = "default";

	public TenantRoute {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(realm, "realm");
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(schema, "schema");
		// a route serialized before the component existed reads back without it
		shard = (shard != null) ? shard : DEFAULT_SHARD;
	}

	/** A route on the {@link #DEFAULT_SHARD}. */
	public TenantRoute(String host, String tenantId, TenantStatus status, String realm, String plan, String schema) {
		this(host, tenantId, status, realm, plan, schema, DEFAULT_SHARD);
	}

	public boolean isServed() {
		return this.status == TenantStatus.ACTIVE;
	}

	public TenantRoute withStatus(TenantStatus newStatus) {
		return new TenantRoute(this.host, this.tenantId, newStatus, this.realm, this.plan, this.schema, this.shard);
	}

}
