package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running platform the way a merchant's tools would: signup through the
 * control plane, the owner's token from the shop's own Keycloak realm, products through
 * the gateway. The gateway is reached on 127.0.0.1 with the shop's Host header, because
 * the JVM does not resolve {@code *.localhost} the way browsers and curl do (needs
 * {@code -Djdk.httpclient.allowRestrictedHeaders=host}).
 */
public final class PlatformClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlatformSpec spec;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public PlatformClient(PlatformSpec spec) {
		this.spec = spec;
	}

	/** Signs a shop up through the control plane API and waits until it is ready. */
	public void signUpAndWait(String shopName, String slug, String ownerEmail, String password, Duration timeout) {
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(URI.create(this.spec.controlPlaneUrl() + "/api/signup"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
					Map.of("shopName", shopName, "slug", slug, "ownerEmail", ownerEmail, "password", password)))));
		if (response.statusCode() != 202) {
			throw new IllegalStateException(
					"signup of " + slug + " answered " + response.statusCode() + ": " + response.body());
		}
		awaitActive(slug, timeout);
	}

	public String provisioningStatus(String slug) {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(this.spec.controlPlaneUrl() + "/api/signup/" + slug)).GET());
		return JSON.readTree(response.body()).path("status").asString("UNKNOWN");
	}

	public void awaitActive(String slug, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		String status = provisioningStatus(slug);
		while (!"ACTIVE".equals(status)) {
			if ("FAILED".equals(status) || Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("shop " + slug + " is " + status + " after " + timeout);
			}
			Readiness.pause();
			status = provisioningStatus(slug);
		}
	}

	/**
	 * The owner's access token from the shop's realm (password grant on its
	 * {@value KeycloakTokens#DEV_CLI_CLIENT} client, which dev platforms create).
	 */
	public String ownerToken(String slug, String ownerEmail, String password) {
		return new KeycloakTokens(this.spec.keycloak()).devCliToken("tenant-" + slug, ownerEmail, password);
	}

	/**
	 * POST /api/admin/products through the gateway: an active product with one variant of
	 * this SKU and price; returns the response.
	 */
	public HttpResponse<String> createProduct(String slug, String token, String sku, String name, long amountMinor,
			String currency) {
		String body = JSON.writeValueAsString(Map.of("title", name, "status", "active", "variants", List
			.of(Map.of("sku", sku, "prices", List.of(Map.of("amountMinor", amountMinor, "currency", currency))))));
		return send(HttpRequest.newBuilder(URI.create(this.spec.gatewayUrl() + "/api/admin/products"))
			.header("Host", slug + "." + this.spec.domain())
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** GET a path of a shop through the gateway with a staff member's token. */
	public HttpResponse<String> getFromShop(String slug, String token, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.spec.gatewayUrl() + path))
			.header("Host", slug + "." + this.spec.domain())
			.header("Authorization", "Bearer " + token)
			.GET());
	}

	/** GET a path of a shop through the gateway. */
	public HttpResponse<String> getFromShop(String slug, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.spec.gatewayUrl() + path))
			.header("Host", slug + "." + this.spec.domain())
			.GET());
	}

	public static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
