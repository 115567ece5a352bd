package dev.rustok.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the runtime's real HTTP port the way the gateway does: each request names its
 * tenant and carries the signature made with the test's gateway secret, unless a test
 * forges it.
 */
final class RuntimeClient {

	// HTTP/1.1, as the gateway speaks to a node: the client's default (HTTP/2) asks a
	// cleartext server to upgrade on every request and, refused, kept opening connections
	// under load (6,500 open to the node after 15 s of 500 writes a second)
	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SIGN_WHEN_SENT = "sign-when-sent";

	private final int port;

	RuntimeClient(int port) {
		this.port = port;
	}

	/**
	 * A request for the tenant, signed as the gateway signs it when it is sent (the
	 * signature covers the method and target, set after this).
	 */
	HttpRequest.Builder request(String tenantId, String path) {
		return unsigned(path).header(GatewayHeaders.TENANT, tenantId)
			.header(GatewayHeaders.TENANT_SIGNATURE, SIGN_WHEN_SENT);
	}

	/** The gateway's signature of a request with this method, target and tenant. */
	static String gatewaySignature(String method, URI target, String tenantId) {
		return new TenantSignature(RuntimePlatform.GATEWAY_SECRET)
			.sign(SignedRequest.of(method, target.getRawPath(), target.getRawQuery(), tenantId));
	}

	HttpRequest.Builder unsigned(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	Answer get(String tenantId, String path) {
		return send(request(tenantId, path).GET());
	}

	Answer head(String tenantId, String path) {
		return send(request(tenantId, path).HEAD());
	}

	Answer createProduct(String tenantId, String token, String json) {
		return post(tenantId, token, "/api/admin/products", json);
	}

	/** GET with the staff member's token ({@code null}: none). */
	Answer get(String tenantId, String token, String path) {
		return send(authorized(request(tenantId, path), token).GET());
	}

	Answer post(String tenantId, String token, String path, String json) {
		return send(authorized(request(tenantId, path), token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer put(String tenantId, String token, String path, String json) {
		return send(authorized(request(tenantId, path), token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer delete(String tenantId, String token, String path) {
		return send(authorized(request(tenantId, path), token).DELETE());
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
		return (token != null) ? request.header("Authorization", "Bearer " + token) : request;
	}

	/**
	 * An active product with one variant of this SKU and one price, in the admin API's
	 * shape.
	 */
	static String productJson(String sku, String name, long amountMinor, String currency) {
		return JSON.writeValueAsString(Map
			.of("title", name, "description", "About " + name, "status", "active", "variants", List
				.of(Map.of("sku", sku, "prices", List.of(Map.of("amountMinor", amountMinor, "currency", currency))))));
	}

	/** A GraphQL operation at /graphql, with the token when there is one. */
	Answer graphql(String tenantId, String token, String query, Map<String, Object> variables) {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		return send(authorized(request(tenantId, "/graphql"), token).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	Answer send(HttpRequest.Builder request) {
		return send(signedWhenAsked(request.build()));
	}

	Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest signedWhenAsked(HttpRequest request) {
		if (!request.headers().firstValue(GatewayHeaders.TENANT_SIGNATURE).orElse("").equals(SIGN_WHEN_SENT)) {
			return request;
		}
		String tenantId = request.headers().firstValue(GatewayHeaders.TENANT).orElseThrow();
		return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase(GatewayHeaders.TENANT_SIGNATURE))
			.header(GatewayHeaders.TENANT_SIGNATURE, gatewaySignature(request.method(), request.uri(), tenantId))
			.build();
	}

	/** A response with its body parsed on demand. */
	record Answer(HttpResponse<String> response) {

		int status() {
			return this.response.statusCode();
		}

		String body() {
			return this.response.body();
		}

		JsonNode json() {
			return JSON.readTree(this.response.body());
		}

		String contentType() {
			return this.response.headers().firstValue("Content-Type").orElse("");
		}

		String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

	}

}
