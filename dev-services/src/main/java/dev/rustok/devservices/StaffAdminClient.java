package dev.rustok.devservices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code master} realm's confidential client through which the runtimes manage shop
 * staff (docs/adr/0078), as the dev launcher and the tests set it up: created once per
 * Keycloak, with a service account and Keycloak's own random secret, and no role yet
 * (provisioning grants it the user roles of each shop realm). Later calls, also from
 * other JVMs sharing the Keycloak, read the same client's secret instead of creating a
 * second one. A production platform creates this client by its own deployment.
 */
public final class StaffAdminClient {

	/** The client id provisioning grants to ({@code TenantRealms.STAFF_ADMIN_CLIENT}). */
	public static final String CLIENT_ID = "rustok-staff-admin";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeycloakServer keycloak;

	public StaffAdminClient(KeycloakServer keycloak) {
		this.keycloak = keycloak;
	}

	/** Creates the client when master lacks it; its secret either way. */
	public String ensureAndReadSecret() {
		String token = new KeycloakTokens(this.keycloak).adminToken();
		String id = find(token);
		if (id == null) {
			// a concurrent run may create it first (409): then read theirs
			send(token, "POST", "/clients", JSON.writeValueAsString(representation()));
			id = find(token);
		}
		if (id == null) {
			throw new IllegalStateException("Keycloak did not create the client " + CLIENT_ID);
		}
		withoutRolesInTokens(token, id);
		return JSON.readTree(send(token, "GET", "/clients/" + id + "/client-secret", null).body())
			.path("value")
			.asString();
	}

	private static Map<String, Object> representation() {
		return Map.of("clientId", CLIENT_ID, "name", "RusToK runtimes: shop staff", "enabled", true, "publicClient",
				false, "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
				"implicitFlowEnabled", false);
	}

	// Keycloak's admin API checks the account's stored role mappings, not the token: the
	// roles of every shop realm in each token would only make it grow with the platform
	private void withoutRolesInTokens(String token, String id) {
		JsonNode scopes = JSON.readTree(send(token, "GET", "/clients/" + id + "/default-client-scopes", null).body());
		for (JsonNode scope : scopes) {
			if (scope.path("name").asString().equals("roles")) {
				send(token, "DELETE", "/clients/" + id + "/default-client-scopes/" + scope.path("id").asString(), null);
			}
		}
	}

	private String find(String token) {
		JsonNode found = JSON.readTree(send(token, "GET", "/clients?clientId=" + CLIENT_ID, null).body());
		return found.isEmpty() ? null : found.get(0).path("id").asString();
	}

	private HttpResponse<String> send(String token, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.keycloak.baseUrl() + "/admin/realms/master" + path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(20));
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 400 && response.statusCode() != 409) {
				throw new IllegalStateException(
						"Keycloak answered " + method + " " + path + " with " + response.statusCode());
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak did not answer " + method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
