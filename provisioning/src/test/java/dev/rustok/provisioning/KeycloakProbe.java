package dev.rustok.provisioning;

import java.util.List;
import java.util.Map;

import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;

import org.springframework.web.client.RestClient;

/** What a tenant's realm looks like from outside: the admin view and a user's login. */
final class KeycloakProbe {

	private final KeycloakTokens tokens;

	private final RestClient rest;

	KeycloakProbe(KeycloakServer keycloak) {
		this.tokens = new KeycloakTokens(keycloak);
		this.rest = RestClient.builder().baseUrl(keycloak.baseUrl()).build();
	}

	List<String> realmRoles(String realm) {
		List<Map<String, Object>> roles = admin("/admin/realms/{realm}/roles", realm);
		return roles.stream().map((role) -> (String) role.get("name")).toList();
	}

	boolean realmExists(String realm) {
		return this.rest.get()
			.uri("/admin/realms/{realm}", realm)
			.headers((headers) -> headers.setBearerAuth(this.tokens.adminToken()))
			.exchange((request, response) -> response.getStatusCode().value() == 200);
	}

	List<Map<String, Object>> clients(String realm) {
		return admin("/admin/realms/{realm}/clients", realm);
	}

	List<Map<String, Object>> usersOf(String realm) {
		return admin("/admin/realms/{realm}/users", realm);
	}

	/**
	 * Logs in with the password grant on the tenant's {@code admin} client; returns the
	 * token.
	 */
	String logIn(String realm, String username, String password) {
		return this.tokens.passwordGrant(realm, "admin", username, password);
	}

	@SuppressWarnings("unchecked")
	private <T> T admin(String path, String realm) {
		return (T) this.rest.get()
			.uri(path, realm)
			.headers((headers) -> headers.setBearerAuth(this.tokens.adminToken()))
			.retrieve()
			.body(List.class);
	}

}
