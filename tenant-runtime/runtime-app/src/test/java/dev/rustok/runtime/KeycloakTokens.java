package dev.rustok.runtime;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens from the test Keycloak: password grants and extra staff users of a tenant
 * realm.
 */
final class KeycloakTokens {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private KeycloakTokens() {
	}

	/** An access token of {@code realm}'s {@code admin} client for this user. */
	static String passwordGrant(String realm, String username, String password) {
		HttpResponse<String> response = send(post("/realms/" + realm + "/protocol/openid-connect/token", form(
				Map.of("grant_type", "password", "client_id", "admin", "username", username, "password", password)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("password grant failed: " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	/** Adds a user to {@code realm} with no realm role beyond Keycloak's defaults. */
	static void createUserWithoutRoles(String realm, String username, String password) {
		String user = JSON.writeValueAsString(Map.of("username", username, "email", username, "emailVerified", true,
				"enabled", true, "firstName", "Staff", "lastName", "Member", "credentials",
				List.of(Map.of("type", "password", "value", password, "temporary", false))));
		HttpResponse<String> response = send(
				post("/admin/realms/" + realm + "/users", user).header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + adminToken())
					.build());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("user creation failed: " + response.statusCode() + " " + response.body());
		}
	}

	private static String adminToken() {
		HttpResponse<String> response = send(post("/realms/master/protocol/openid-connect/token",
				form(Map.of("grant_type", "password", "client_id", "admin-cli", "username",
						RuntimePlatform.KEYCLOAK.adminUsername(), "password",
						RuntimePlatform.KEYCLOAK.adminPassword())))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build());
		JsonNode body = JSON.readTree(response.body());
		return body.get("access_token").asString();
	}

	private static HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(URI.create(RuntimePlatform.KEYCLOAK.baseUrl() + path))
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Keycloak request failed: " + request.uri(), ex);
		}
	}

}
