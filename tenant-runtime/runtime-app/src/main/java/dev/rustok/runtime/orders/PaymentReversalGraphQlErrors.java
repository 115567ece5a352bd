package dev.rustok.runtime.orders;

import dev.rustok.runtime.payments.PaymentErrorsInGraphQl;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
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
		return PaymentErrorsInGraphQl.of((ErrorResponseException) ex, classification, environment);
	}

}
