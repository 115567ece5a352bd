package dev.rustok.controlplane.api;

import java.util.regex.Pattern;

/**
 * The names a tenant's resources get, derived from its id alone: provisioning creates
 * them under these names, and the runtime uses these names for the tenant the gateway
 * signed. Nothing read from the cluster's route maps decides which realm or schema acts
 * for a tenant, so a tampered route cannot point one shop at another's login or data
 * (docs/adr/0010-hazelcast-bound-and-tenant-names-derived.md).
 */
public final class TenantNames {

	// the characters a tenant id may have (provisioning's TenantSlug holds the full
	// rule):
	// they make a safe realm name, host label and schema name
	private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private TenantNames() {
	}

	/** The tenant's own Keycloak realm: {@code tenant-<id>}. */
	public static String realm(String tenantId) {
		return "tenant-" + checked(tenantId);
	}

	/**
	 * The audience every token of the tenant's realm names when it is meant for the
	 * shop's APIs: {@code shop-<id>}. The realm's clients add it (provisioning), the
	 * gateway and the runtime require it, so a token issued for another use of the realm,
	 * or by a client added later without it, opens nothing (docs/adr/0051).
	 */
	public static String audience(String tenantId) {
		return "shop-" + checked(tenantId);
	}

	/** The PostgreSQL schema holding the tenant's data: {@code t_<id with - as _>}. */
	public static String schema(String tenantId) {
		return "t_" + checked(tenantId).replace('-', '_');
	}

	/** Whether {@code candidate} has the form of a tenant id, so it can name a realm. */
	public static boolean isTenantId(String candidate) {
		return candidate != null && ID.matcher(candidate).matches();
	}

	private static String checked(String tenantId) {
		if (!isTenantId(tenantId)) {
			throw new IllegalArgumentException(
					"a tenant id is lower-case letters and digits in dash-separated groups, was '" + tenantId + "'");
		}
		return tenantId;
	}

}
