package dev.rustok.runtime.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every operation says without each controller repeating it: its errors as
 * problem+json, the bearer token on {@code /api/admin/**}, a summary and a tag by area. A
 * controller's own annotations win: nothing already documented is replaced.
 */
class ApiConventions implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		ProblemComponents.addTo(api.getComponents());
		List<ApiArea> used = new ArrayList<>();
		if (api.getPaths() != null) {
			api.getPaths().forEach((path, item) -> describe(path, item, used));
		}
		api.setTags(ApiArea.tags(used));
	}

	private static void describe(String path, PathItem item, List<ApiArea> used) {
		ApiArea area = ApiArea.of(path);
		if (!used.contains(area)) {
			used.add(area);
		}
		for (Map.Entry<HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
			Operation operation = entry.getValue();
			operation.setTags(List.of(area.tag()));
			if (operation.getSummary() == null || operation.getSummary().isBlank()) {
				operation.setSummary(summaryOf(operation.getOperationId()));
			}
			boolean admin = path.startsWith("/api/admin");
			// public operations say so explicitly: no token is looked at
			operation
				.setSecurity(admin ? List.of(new SecurityRequirement().addList(ProblemComponents.BEARER)) : List.of());
			documentErrors(operation, entry.getKey(), admin);
		}
	}

	private static void documentErrors(Operation operation, HttpMethod method, boolean admin) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		boolean writes = method != HttpMethod.GET && method != HttpMethod.HEAD;
		error(responses, "400");
		if (admin) {
			error(responses, "401");
			error(responses, "403");
		}
		// every path can name a shop that does not exist; ids and handles more so
		error(responses, "404");
		if (writes && admin) {
			error(responses, "409");
		}
		if (writes && operation.getRequestBody() != null) {
			error(responses, "413");
		}
		operation.setResponses(responses);
	}

	private static void error(ApiResponses responses, String status) {
		ApiResponse existing = responses.get(status);
		if (existing == null || existing.get$ref() == null) {
			// springdoc's own guesses (from @ExceptionHandler methods) carry a generic
			// body;
			// the shared component says what this API really answers
			responses.addApiResponse(status, new ApiResponse().$ref(ProblemComponents.reference(status)));
		}
	}

	/** {@code addProduct_1} reads "Add product". */
	static String summaryOf(String operationId) {
		if (operationId == null || operationId.isBlank()) {
			return "Operation";
		}
		String words = operationId.replaceAll("_\\d+$", "")
			.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
			.replace('_', ' ')
			.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The parts of the API, as tags in the document. */
	enum ApiArea {

		STOREFRONT("storefront", "Public and read-only: what shoppers see. Only active products appear."),
		CATALOG("catalog",
				"Products, variants, prices, images, collections and categories. Any staff role reads; "
						+ "owner, admin and editor write."),
		INVENTORY("inventory",
				"Stock per variant and location, adjustments with a reason, low-stock thresholds. "
						+ "Any staff role reads; owner, admin and editor write."),
		SETTINGS("settings", "The shop's own settings, such as the currencies it sells in. Owner and admin only."),
		LEGACY("products", "The flat product list of before issue 12, public; kept until its clients move to the "
				+ "storefront API.");

		private final String tag;

		private final String description;

		ApiArea(String tag, String description) {
			this.tag = tag;
			this.description = description;
		}

		String tag() {
			return this.tag;
		}

		static ApiArea of(String path) {
			if (path.startsWith("/api/admin/inventory")) {
				return INVENTORY;
			}
			if (path.startsWith("/api/admin/settings")) {
				return SETTINGS;
			}
			if (path.startsWith("/api/admin")) {
				return CATALOG;
			}
			if (path.startsWith("/api/store")) {
				return STOREFRONT;
			}
			return LEGACY;
		}

		static List<Tag> tags(List<ApiArea> used) {
			return used.stream()
				.sorted()
				.map((area) -> new Tag().name(area.tag).description(area.description))
				.toList();
		}

	}

}
