package dev.rustok.controlplane;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control plane's HTTP API as a browser or curl sees it: raw bodies, real status
 * codes.
 */
public final class PortalApi {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	public PortalApi(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	public Answer signUp(String shopName, String slug, String ownerEmail, String password) {
		return post("application/json", json.writeValueAsString(
				Map.of("shopName", shopName, "slug", slug, "ownerEmail", ownerEmail, "password", password)));
	}

	public Answer post(String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/signup"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Answer postWithoutBody() {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/signup"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	public Answer get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One HTTP answer; {@link #json()} parses its body. */
	public record Answer(int status, String contentType, String location, String body) {

		public Map<String, Object> json() {
			return PortalApi.json.readValue(this.body, new TypeReference<>() {
			});
		}

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> errors() {
			return (List<Map<String, Object>>) json().get("errors");
		}

		@SuppressWarnings("unchecked")
		public List<Map<String, Object>> steps() {
			return (List<Map<String, Object>>) json().get("steps");
		}

	}

}
