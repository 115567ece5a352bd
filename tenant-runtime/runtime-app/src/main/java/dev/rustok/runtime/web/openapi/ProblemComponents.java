package dev.rustok.runtime.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The reusable parts every operation points to: the RFC 9457 problem schema (with the
 * runtime's {@code errors[{field, reason}]}), one response per error status, and the
 * bearer scheme of the shop's realm.
 */
final class ProblemComponents {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String BEARER = "shopRealmToken";

	/** Error status to the response component documenting it, in the order shown. */
	static final Map<String, String> RESPONSES = responses();

	private ProblemComponents() {
	}

	static void addTo(Components components) {
		components.addSchemas("FieldProblem", fieldProblem());
		components.addSchemas("Problem", problem());
		RESPONSES.forEach((status, name) -> components.addResponses(name, errorResponse(status)));
		components.addSecuritySchemes(BEARER,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("An access token of the shop's own realm (tenant-<slug>), e.g. from the shop admin's "
							+ "sign-in with the public client 'admin'. Tokens of any other realm are refused."));
	}

	static String reference(String status) {
		return "#/components/responses/" + RESPONSES.get(status);
	}

	private static Map<String, String> responses() {
		Map<String, String> responses = new LinkedHashMap<>();
		responses.put("400", "BadRequest");
		responses.put("401", "Unauthorized");
		responses.put("403", "Forbidden");
		responses.put("404", "NotFound");
		responses.put("409", "Conflict");
		responses.put("413", "ContentTooLarge");
		responses.put("default", "OtherError");
		return responses;
	}

	private static ApiResponse errorResponse(String status) {
		String description = switch (status) {
			case "400" -> "Bad input: `errors` names each field and what is wrong with it; nothing was stored";
			case "401" -> "No token, an expired one, or one of another shop's realm";
			case "403" -> "The token's roles do not allow this (docs/adr/0028), the shop's plan allows no more "
					+ "(the problem carries `quota`, `allowed` and `plan`), or, at the gateway, the page's origin "
					+ "is not allowed (docs/adr/0052)";
			case "404" -> "No such resource in this shop, or no shop at this host";
			case "409" -> "A stale `version` (the problem carries `currentVersion`) or a duplicate SKU or handle";
			case "413" -> "The request body is too large";
			case "default" -> "Any other error, also problem+json: 503 while the shop is suspended, 415 for a body "
					+ "that is not JSON, 500 when the shop failed (nothing partly stored)";
			default -> throw new IllegalArgumentException(status);
		};
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new JsonSchema().$ref("#/components/schemas/Problem"))));
	}

	private static Schema<?> problem() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", string("A URI naming the kind of problem; about:blank when the status says it all")
			.format("uri-reference"));
		properties.put("title", string("The status's short text"));
		properties.put("status", typed("integer", "The HTTP status").format("int32"));
		properties.put("detail", string("What went wrong, for a person"));
		properties.put("instance", string("The path of the request").format("uri-reference"));
		properties.put("errors", typed("array", "One entry per wrong field (bad input only)")
			.items(new JsonSchema().$ref("#/components/schemas/FieldProblem")));
		properties.put("currentVersion",
				typed("integer", "The version now stored (a stale version's conflict only)").format("int32"));
		properties.put("quota", string("What the shop's plan allows no more of, e.g. products (a quota's 403 only)"));
		properties.put("allowed", typed("integer", "How many the plan allows (a quota's 403 only)").format("int32"));
		properties.put("plan", string("The shop's plan (a quota's 403 only)"));
		properties.put("currentState",
				string("The order's state now (an order's transition that is not allowed, or a payment problem)"));
		properties.put("orderNumber",
				typed("integer", "The order's number (a refund's or cancellation's payment problem)").format("int64"));
		properties.put("voidDeclined", typed("boolean",
				"The provider declined to void a pending order's authorization: the order may be cancelled anyway with "
						+ "despiteDeclinedVoid (docs/adr/0104)"));
		return typed("object", "An RFC 9457 problem, as every error of this API is answered").properties(properties)
			.required(List.of("title", "status"));
	}

	private static Schema<?> fieldProblem() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("field", string("The field's path in the request, e.g. variants.0.prices.0.currency"));
		properties.put("reason", string("What a caller must change, in plain words"));
		return typed("object", "What is wrong with one field of a request").properties(properties)
			.required(List.of("field", "reason"));
	}

	private static Schema<?> string(String description) {
		return typed("string", description);
	}

	private static Schema<?> typed(String type, String description) {
		return new JsonSchema().types(Set.of(type)).description(description);
	}

}
