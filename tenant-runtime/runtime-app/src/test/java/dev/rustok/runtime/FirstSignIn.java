package dev.rustok.runtime;

import java.util.List;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What a new staff member does at their first sign-in (docs/adr/0079): replaces the
 * one-time password by their own, which also clears Keycloak's UPDATE_PASSWORD required
 * action. Done here through the admin API, as the test has no browser on the login page.
 */
final class FirstSignIn {

	private static final Keycloak ADMIN = KeycloakBuilder.builder()
		.serverUrl(RuntimePlatform.KEYCLOAK.baseUrl())
		.realm("master")
		.clientId("admin-cli")
		.username(RuntimePlatform.KEYCLOAK.adminUsername())
		.password(RuntimePlatform.KEYCLOAK.adminPassword())
		.build();

	private FirstSignIn() {
	}

	static void choosePassword(String realm, String email, String password) {
		String id = ADMIN.realm(realm).users().searchByEmail(email, true).get(0).getId();
		UserResource user = ADMIN.realm(realm).users().get(id);
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		user.resetPassword(credential);
		UserRepresentation representation = user.toRepresentation();
		representation.setRequiredActions(List.of());
		user.update(representation);
	}

	/** Whether the shop's realm still has a user with this email. */
	static boolean exists(String realm, String email) {
		return !ADMIN.realm(realm).users().searchByEmail(email, true).isEmpty();
	}

}
