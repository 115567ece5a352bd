package dev.rustok.provisioning;

import java.util.List;
import java.util.Map;

/**
 * The Keycloak RealmRepresentation of a new tenant: clients, roles and the owner in one
 * document, so Keycloak imports the realm in one transaction and a realm that exists is a
 * complete one.
 */
final class TenantRealm {

	static final List<String> ROLES = List.of("owner", "admin", "editor", "viewer", "customer");

	private TenantRealm() {
	}

	static Map<String, Object> of(TenantOrder order) {
		return Map.of("realm", order.realm(), "displayName", order.shopName(), "enabled", true, "roles",
				Map.of("realm", ROLES.stream().map((role) -> Map.of("name", role)).toList()), "clients",
				List.of(storefrontClient(), adminClient()), "users", List.of(owner(order)));
	}

	private static Map<String, Object> storefrontClient() {
		// "*" until the storefront login flow lands and knows its public origin: Keycloak
		// accepts a
		// wildcard only at the end of a redirect URI, not for the port the gateway
		// listens on
		return Map.of("clientId", "storefront", "publicClient", true, "standardFlowEnabled", true,
				"directAccessGrantsEnabled", false, "redirectUris", List.of("*"), "webOrigins", List.of("+"));
	}

	private static Map<String, Object> adminClient() {
		return Map.of("clientId", "admin", "publicClient", true, "standardFlowEnabled", true,
				"directAccessGrantsEnabled", true, "redirectUris", List.of("*"), "webOrigins", List.of("+"));
	}

	private static Map<String, Object> owner(TenantOrder order) {
		OwnerPassword password = order.ownerPassword();
		return Map.of("username", order.ownerEmail(), "email", order.ownerEmail(), "emailVerified", true, "enabled",
				true, "firstName", order.shopName(), "lastName", "Owner", "realmRoles", List.of("owner"), "credentials",
				List.of(Map.of("type", "password", "secretData", password.secretData(), "credentialData",
						password.credentialData())));
	}

}
