package dev.rustok.devservices;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens from a {@link KeycloakServer}, the way a shop's admin tools and the tests
 * get them: the password grant (the client needs {@code directAccessGrantsEnabled}), and
 * a peek at a token's claims.
 */
public final class KeycloakTokens {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeycloakServer keycloak;

	public KeycloakTokens(KeycloakServer keycloak) {
		this.keycloak = keycloak;
	}

	/**
	 * An access token of {@code realm}'s {@code clientId} for this user; fails when
	 * refused.
	 */
	public String passwordGrant(String realm, String clientId, String username, String password) {
		String form = Map
			.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
			.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI.create(this.keycloak.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak refused the password grant of " + username + " in realm " + realm
					+ ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).path("access_token").asString();
	}

	/**
	 * A token of the server's bootstrap admin, for its admin REST API (it lives 60 s).
	 */
	public String adminToken() {
		return passwordGrant("master", "admin-cli", this.keycloak.adminUsername(), this.keycloak.adminPassword());
	}

	/**
	 * The claims of a token, read without verifying it: for assertions, never for trust.
	 */
	public static JsonNode claims(String token) {
		return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}

	/** The realm roles a token carries ({@code realm_access.roles}). */
	public static List<String> realmRoles(String token) {
		return claims(token).path("realm_access").path("roles").valueStream().map(JsonNode::asString).toList();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak did not answer " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
