package dev.rustok.runtime;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import tools.jackson.databind.JsonNode;

/**
 * A shopper's browser talking GraphQL to the storefront: it keeps the cart cookie the
 * runtime sets and sends it back, as a browser would, and reads GraphQL errors the way a
 * client does ({@code extensions.status}, {@code extensions.errors[].field}).
 */
final class GraphQlShopper {

	private final RuntimeClient runtime;

	private final String tenantId;

	private String cartCookie;

	GraphQlShopper(RuntimeClient runtime, String tenantId) {
		this.runtime = runtime;
		this.tenantId = tenantId;
	}

	/** The same browser in front of another shop, cookie and all. */
	GraphQlShopper at(String otherTenantId) {
		GraphQlShopper other = new GraphQlShopper(this.runtime, otherTenantId);
		other.cartCookie = this.cartCookie;
		return other;
	}

	String cartCookie() {
		return this.cartCookie;
	}

	Answer graphql(String query) {
		return graphql(query, Map.of());
	}

	Answer graphql(String query, Map<String, Object> variables) {
		HttpRequest.Builder request = this.runtime.request(this.tenantId, "/graphql")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(RuntimeClient.json(Map.of("query", query, "variables", variables))));
		return send(request);
	}

	/** A REST call from the same browser, with the same cookie. */
	Answer rest(String path) {
		return send(this.runtime.request(this.tenantId, path).GET());
	}

	private Answer send(HttpRequest.Builder request) {
		if (this.cartCookie != null) {
			request.header("Cookie", "rustok_cart=" + this.cartCookie);
		}
		Answer answer = this.runtime.send(request);
		answer.response().headers().allValues("Set-Cookie").forEach((header) -> {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				if (cookie.getName().equals("rustok_cart")) {
					this.cartCookie = cookie.getValue();
				}
			}
		});
		return answer;
	}

	/** The {@code extensions.status} of the answer's first error, 0 without errors. */
	static int status(Answer answer) {
		JsonNode errors = answer.json().get("errors");
		return (errors == null || errors.isEmpty()) ? 0 : errors.get(0).path("extensions").path("status").asInt();
	}

	/** The fields the answer's first error names. */
	static List<String> fields(Answer answer) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = answer.json().get("errors");
		if (errors != null && !errors.isEmpty()) {
			errors.get(0)
				.path("extensions")
				.path("errors")
				.forEach((error) -> fields.add(error.get("field").asString()));
		}
		return fields;
	}

	/** The {@code extensions.classification} of the answer's first error. */
	static String classification(Answer answer) {
		return answer.json().get("errors").get(0).path("extensions").path("classification").asString();
	}

}
