package dev.rustok.runtime.payments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.shared.FieldProblem;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A payment problem (the provider unavailable or declining, at checkout or on a refund)
 * as a GraphQL error with the members its problem+json has: {@code status}, the problem's
 * properties, {@code errors: [{field: "payment", reason}]} unless it names its own, and
 * {@code retryAfter} seconds when REST sends {@code Retry-After} (docs/adr/0080, 0095).
 */
public final class PaymentErrorsInGraphQl {

	private PaymentErrorsInGraphQl() {
	}

	public static GraphQLError of(ErrorResponseException response, String classification,
			DataFetchingEnvironment environment) {
		ProblemDetail problem = response.getBody();
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("status", problem.getStatus());
		if (problem.getProperties() != null) {
			problem.getProperties().forEach((name, value) -> extensions.put(name, graphQl(value)));
		}
		extensions.putIfAbsent("errors", List.of(Map.of("field", "payment", "reason", problem.getDetail())));
		String retryAfter = response.getHeaders().getFirst("Retry-After");
		if (retryAfter != null) {
			extensions.put("retryAfter", Integer.parseInt(retryAfter));
		}
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorClassification.errorClassification(classification))
			.message(problem.getDetail())
			.extensions(extensions)
			.build();
	}

	// extensions are plain maps and lists, as the runtime's other errors carry them
	private static Object graphQl(Object value) {
		if (value instanceof List<?> list) {
			return list.stream()
				.map((item) -> (item instanceof FieldProblem field)
						? Map.of("field", field.field(), "reason", field.reason()) : item)
				.toList();
		}
		return value;
	}

}
