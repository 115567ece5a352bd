package dev.rustok.controlplane.console;

import java.util.List;
import java.util.Map;

/**
 * The Keycloak RealmRepresentation of the platform admins' realm: the console's login
 * client, the {@value #ADMIN_ROLE} role and the bootstrap admin in one document, so a
 * realm that exists is a complete one.
 */
final class PlatformRealm {

	static final String ADMIN_ROLE = "platform-admin";

	static final String CONSOLE_CLIENT = "console";

	private PlatformRealm() {
	}

	static Map<String, Object> of(ConsoleProperties console, String redirectUri) {
		return Map.of("realm", console.realm(), "displayName", "RusToK platform", "enabled", true, "roles",
				Map.of("realm",
						List.of(Map.of("name", ADMIN_ROLE, "description", "Runs the platform: sees every tenant"))),
				"clients", List.of(consoleClient(redirectUri)), "users", List.of(bootstrapAdmin(console)));
	}

	private static Map<String, Object> consoleClient(String redirectUri) {
		// public: the console's login runs in the browser with PKCE, so there is no
		// client
		// secret to keep; the password grant is on for tests and scripts, as for tenant
		// admin clients
		return Map.of("clientId", CONSOLE_CLIENT, "name", "Platform console", "publicClient", true,
				"standardFlowEnabled", true, "implicitFlowEnabled", false, "directAccessGrantsEnabled", true,
				"redirectUris", List.of(redirectUri), "attributes", Map.of("pkce.code.challenge.method", "S256"),
				"protocolMappers", List.of(realmRolesInIdToken()));
	}

	// Keycloak puts realm roles in the access token only; the console decides from the ID
	// token, which it verifies itself
	private static Map<String, Object> realmRolesInIdToken() {
		return Map.of("name", "realm roles in the ID token", "protocol", "openid-connect", "protocolMapper",
				"oidc-usermodel-realm-role-mapper", "config",
				Map.of("claim.name", "realm_access.roles", "jsonType.label", "String", "multivalued", "true",
						"id.token.claim", "true", "access.token.claim", "true", "userinfo.token.claim", "false"));
	}

	private static Map<String, Object> bootstrapAdmin(ConsoleProperties console) {
		return Map.of("username", console.bootstrapAdminEmail(), "email", console.bootstrapAdminEmail(),
				"emailVerified", true, "enabled", true, "firstName", "Platform", "lastName", "Admin", "realmRoles",
				List.of(ADMIN_ROLE), "credentials",
				List.of(Map.of("type", "password", "value", console.bootstrapAdminPassword(), "temporary", false)));
	}

}
