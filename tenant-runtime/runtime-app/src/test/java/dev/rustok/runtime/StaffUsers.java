package dev.rustok.runtime;

import java.util.List;

import dev.rustok.provisioning.KeycloakTenantRealms;
import dev.rustok.provisioning.TenantRealms;
import dev.rustok.provisioning.TenantRealms.StaffMember;

/**
 * Staff users of a tenant realm beyond its owner, created through the platform's one
 * identity port.
 */
final class StaffUsers {

	private static final TenantRealms REALMS = new KeycloakTenantRealms(RuntimePlatform.KEYCLOAK.baseUrl(),
			RuntimePlatform.KEYCLOAK.adminUsername(), RuntimePlatform.KEYCLOAK.adminPassword());

	private StaffUsers() {
	}

	/** Adds a user to {@code realm} with no realm role beyond Keycloak's defaults. */
	static void createWithoutRoles(String realm, String username, String password) {
		create(realm, username, password, List.of());
	}

	/** Adds a user to {@code realm} with these realm roles (owner, admin, editor, …). */
	static void create(String realm, String username, String password, List<String> roles) {
		REALMS.createStaffMember(realm, new StaffMember(username, password, roles));
	}

	/** Adds a user to {@code realm} with one realm role, such as {@code viewer}. */
	static void createWithRole(String realm, String username, String password, String role) {
		REALMS.createStaffMember(realm, new StaffMember(username, password, List.of(role)));
	}

}
