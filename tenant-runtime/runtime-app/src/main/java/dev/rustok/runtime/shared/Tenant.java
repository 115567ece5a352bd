package dev.rustok.runtime.shared;

import java.util.Objects;

import dev.rustok.controlplane.api.TenantRoute;

/**
 * The tenant a request belongs to, as resolved by {@code tenancy} from the gateway's
 * signed header and the tenant route. Domain code takes it as an argument; it never looks
 * it up itself.
 *
 * @param id the tenant id (its slug)
 * @param schema the PostgreSQL schema holding the tenant's data
 * @param realm the tenant's own Keycloak realm
 * @param shard the database holding that schema (docs/adr/0029-tenant-shards.md)
 */
public record Tenant(TenantId id, String schema, String realm, String shard) {

	public Tenant {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(schema, "schema");
		Objects.requireNonNull(realm, "realm");
		Objects.requireNonNull(shard, "shard");
	}

	/** A tenant on the {@link TenantRoute#DEFAULT_SHARD}. */
	public Tenant(TenantId id, String schema, String realm) {
		this(id, schema, realm, TenantRoute.DEFAULT_SHARD);
	}

}
