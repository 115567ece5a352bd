package dev.rustok.runtime.web.openapi;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The success status a controller answers through {@code ResponseEntity}, which springdoc
 * cannot see and documents as 200. The runtime's controllers follow REST: a POST to a
 * collection that can also be listed (GET on the same path) creates, answering 201 with a
 * {@code Location}; a DELETE without a body answers 204. Other POSTs (archive, bulk
 * prices) keep their 200. A status a controller documents itself is left alone.
 */
final class SuccessStatuses {

	private SuccessStatuses() {
	}

	static void correct(PathItem item) {
		if (item.getPost() != null && item.getGet() != null) {
			rename(item.getPost(), "201", "Created; `Location` names the new resource")
				.setHeaders(Map.of("Location", new Header().description("Where the created resource is read")
					.schema(new JsonSchema().types(Set.of("string")).format("uri-reference"))));
		}
		Operation delete = item.getDelete();
		if (delete != null && delete.getResponses() != null && delete.getResponses().get("200") != null
				&& delete.getResponses().get("200").getContent() == null) {
			rename(delete, "204", "Deleted");
		}
	}

	private static ApiResponse rename(Operation operation, String status, String description) {
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = (responses != null) ? responses.get("200") : null;
		if (ok == null || responses.containsKey(status)) {
			return new ApiResponse();
		}
		responses.remove("200");
		ok.setDescription(description);
		ApiResponses reordered = new ApiResponses();
		reordered.addApiResponse(status, ok);
		responses.forEach(reordered::addApiResponse);
		operation.setResponses(reordered);
		return ok;
	}

}
