package dev.rustok.provisioning;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.rustok.devservices.KeycloakServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** What a tenant's realm looks like from outside: the admin view and a user's login. */
final class KeycloakProbe {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final KeycloakServer keycloak;

	private final RestClient rest;

	KeycloakProbe(KeycloakServer keycloak) {
		this.keycloak = keycloak;
		this.rest = RestClient.builder().baseUrl(keycloak.baseUrl()).build();
	}

	List<String> realmRoles(String realm) {
		List<Map<String, Object>> roles = admin("/admin/realms/{realm}/roles", realm);
		return roles.stream().map((role) -> (String) role.get("name")).toList();
	}

	List<Map<String, Object>> clients(String realm) {
		return admin("/admin/realms/{realm}/clients", realm);
	}

	List<Map<String, Object>> usersOf(String realm) {
		return admin("/admin/realms/{realm}/users", realm);
	}

	/**
	 * Logs in with the password grant on the tenant's {@code admin} client; returns the
	 * token's claims.
	 */
	Map<String, Object> logIn(String realm, String username, String password) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "password");
		form.add("client_id", "admin");
		form.add("username", username);
		form.add("password", password);
		Map<?, ?> token = this.rest.post()
			.uri("/realms/{realm}/protocol/openid-connect/token", realm)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		String payload = ((String) token.get("access_token")).split("\\.")[1];
		return json.readValue(Base64.getUrlDecoder().decode(payload), Map.class);
	}

	@SuppressWarnings("unchecked")
	List<String> realmRolesIn(Map<String, Object> claims) {
		return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
	}

	@SuppressWarnings("unchecked")
	private <T> T admin(String path, String realm) {
		return (T) this.rest.get()
			.uri(path, realm)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.body(List.class);
	}

	private String adminToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "password");
		form.add("client_id", "admin-cli");
		form.add("username", this.keycloak.adminUsername());
		form.add("password", this.keycloak.adminPassword());
		Map<?, ?> token = this.rest.post()
			.uri("/realms/master/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		return (String) token.get("access_token");
	}

}
