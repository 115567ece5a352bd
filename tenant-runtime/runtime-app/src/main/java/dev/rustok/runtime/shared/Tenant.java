package dev.rustok.runtime.shared;

import java.util.Objects;

/**
 * The tenant a request belongs to, as resolved by {@code tenancy} from the gateway's
 * signed header and the tenant route. Domain code takes it as an argument; it never looks
 * it up itself.
 *
 * @param id the tenant id (its slug)
 * @param schema the PostgreSQL schema holding the tenant's data
 * @param realm the tenant's own Keycloak realm
 */
public record Tenant(TenantId id, String schema, String realm) {

	public Tenant {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(schema, "schema");
		Objects.requireNonNull(realm, "realm");
	}

}
