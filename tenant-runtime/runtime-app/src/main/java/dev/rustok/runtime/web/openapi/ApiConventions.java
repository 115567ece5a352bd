package dev.rustok.runtime.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every operation says without each controller repeating it: its errors as
 * problem+json, the bearer token on {@code /api/admin/**}, a tag by area, a summary and
 * an operation id that say what it does, and the success status REST implies. A
 * controller's own annotations win where they document more (docs/adr/0040).
 */
class ApiConventions implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		ProblemComponents.addTo(api.getComponents());
		List<ApiArea> used = new ArrayList<>();
		OperationNames names = new OperationNames();
		if (api.getPaths() != null) {
			api.getPaths().forEach((path, item) -> {
				SuccessStatuses.correct(item);
				describe(path, item, used, names);
			});
		}
		api.setTags(ApiArea.tags(used));
	}

	private static void describe(String path, PathItem item, List<ApiArea> used, OperationNames names) {
		ApiArea area = ApiArea.of(path);
		if (!used.contains(area)) {
			used.add(area);
		}
		for (Map.Entry<HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
			Operation operation = entry.getValue();
			operation.setTags(List.of(area.tag()));
			names.name(path, entry.getKey(), operation, area);
			// the admin API and a customer's own account take a token of the shop's realm
			boolean admin = path.startsWith("/api/admin") || path.startsWith("/api/store/customer");
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
		error(responses, "default");
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

}
