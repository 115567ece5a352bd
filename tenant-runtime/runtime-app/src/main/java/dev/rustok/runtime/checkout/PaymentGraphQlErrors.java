package dev.rustok.runtime.checkout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * A payment that could not be taken, as a GraphQL error (docs/adr/0080): what REST
 * answers as problem+json 503 or 402 carries the same members here, {@code status},
 * {@code orderNumber}, {@code orderId} (and {@code retryAfter} seconds on 503), with
 * {@code errors: [{field: "payment", reason}]}. The order stays placed and pending.
 */
@Component
class PaymentGraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		String classification = switch (ex) {
			case PaymentUnavailable unavailable -> "PAYMENT_UNAVAILABLE";
			case PaymentDeclined declined -> "PAYMENT_DECLINED";
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
			extensions.putAll(problem.getProperties());
		}
		String retryAfter = response.getHeaders().getFirst("Retry-After");
		if (retryAfter != null) {
			extensions.put("retryAfter", Integer.parseInt(retryAfter));
		}
		extensions.put("errors", List.of(Map.of("field", "payment", "reason", problem.getDetail())));
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorClassification.errorClassification(classification))
			.message(problem.getDetail())
			.extensions(extensions)
			.build();
	}

}
