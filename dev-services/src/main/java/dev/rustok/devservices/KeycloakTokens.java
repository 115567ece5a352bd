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
 * Real tokens from a {@link KeycloakServer}, the way tests and the dev launcher get them:
 * the password grant on a tenant realm's {@value #DEV_CLI_CLIENT} client (the shop's own
 * {@code storefront} and {@code admin} clients only do the browser login with PKCE), and
 * a peek at a token's claims.
 */
public final class KeycloakTokens {

	/**
	 * The public client with the password grant that provisioning adds to tenant realms
	 * only when {@code rustok.keycloak.dev-password-grant-client=true} (dev and tests).
	 */
	public static final String DEV_CLI_CLIENT = "rustok-dev-cli";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeycloakServer keycloak;

	public KeycloakTokens(KeycloakServer keycloak) {
		this.keycloak = keycloak;
	}

	/**
	 * An access token of a tenant realm's user through {@value #DEV_CLI_CLIENT}; fails
	 * when refused.
	 */
	public String devCliToken(String realm, String username, String password) {
		return passwordGrant(realm, DEV_CLI_CLIENT, username, password);
	}

	/**
	 * An access token of {@code realm}'s {@code clientId} for this user; fails when
	 * refused.
	 */
	public String passwordGrant(String realm, String clientId, String username, String password) {
		TokenAnswer answer = passwordGrantAnswer(realm, clientId, username, password);
		if (answer.status() != 200) {
			throw new IllegalStateException("Keycloak refused the password grant of " + username + " in realm " + realm
					+ " (client " + clientId + "): " + answer.status() + " " + answer.body());
		}
		return answer.body().path("access_token").asString();
	}

	/** What Keycloak answers to a password grant, refused or not. */
	public TokenAnswer passwordGrantAnswer(String realm, String clientId, String username, String password) {
		return tokenRequest(realm,
				Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
	}

	/** POSTs a form to {@code realm}'s token endpoint; what Keycloak answers. */
	public TokenAnswer tokenRequest(String realm, Map<String, String> form) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(tokenEndpoint(realm))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
			.build());
		return new TokenAnswer(response.statusCode(), JSON.readTree(response.body()));
	}

	/** The token endpoint of {@code realm}. */
	public URI tokenEndpoint(String realm) {
		return URI.create(this.keycloak.baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token");
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

	/** An {@code application/x-www-form-urlencoded} body. */
	public static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
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

	/**
	 * A token endpoint's answer.
	 *
	 * @param status the HTTP status
	 * @param body the JSON body: the tokens, or {@code error} and
	 * {@code error_description}
	 */
	public record TokenAnswer(int status, JsonNode body) {

		/** The OAuth error code, e.g. {@code unauthorized_client}; empty when granted. */
		public String error() {
			return this.body.path("error").asString("");
		}

	}

}
