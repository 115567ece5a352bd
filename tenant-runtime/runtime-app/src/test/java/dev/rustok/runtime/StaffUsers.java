package dev.rustok.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.rustok.devservices.KeycloakTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff users of a tenant realm beyond its owner, created through Keycloak's admin API.
 */
final class StaffUsers {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StaffUsers() {
	}

	/** Adds a user to {@code realm} with no realm role beyond Keycloak's defaults. */
	static void createWithoutRoles(String realm, String username, String password) {
		String user = JSON.writeValueAsString(Map.of("username", username, "email", username, "emailVerified", true,
				"enabled", true, "firstName", "Staff", "lastName", "Member", "credentials",
				List.of(Map.of("type", "password", "value", password, "temporary", false))));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(RuntimePlatform.KEYCLOAK.baseUrl() + "/admin/realms/" + realm + "/users"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + new KeycloakTokens(RuntimePlatform.KEYCLOAK).adminToken())
			.POST(HttpRequest.BodyPublishers.ofString(user))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException(
						"user creation failed: " + response.statusCode() + " " + response.body());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Keycloak request failed: " + request.uri(), ex);
		}
	}

}
