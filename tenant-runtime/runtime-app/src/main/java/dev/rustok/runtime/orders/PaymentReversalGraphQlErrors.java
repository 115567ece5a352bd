package dev.rustok.runtime.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.shared.FieldProblem;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * A refund or cancellation the provider did not do, as a GraphQL error with the members
 * REST's problem+json has: {@code status} (503 or 422), {@code orderNumber},
 * {@code currentState}, {@code errors: [{field: "payment", reason}]} and
 * {@code retryAfter} on 503 (docs/adr/0095). The order is unchanged.
 */
@Component
class PaymentReversalGraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		String classification = switch (ex) {
			case PaymentProviderUnavailable unavailable -> "PAYMENT_UNAVAILABLE";
			case PaymentProviderDeclined declined -> "PAYMENT_DECLINED";
			default -> null;
		};
		if (classification == null) {
			return null;
		}
		ErrorResponseException response = (ErrorResponseException) ex;
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
