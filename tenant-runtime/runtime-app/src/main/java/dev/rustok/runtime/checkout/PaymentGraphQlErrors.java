package dev.rustok.runtime.checkout;

import dev.rustok.runtime.payments.PaymentErrorsInGraphQl;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
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
		return PaymentErrorsInGraphQl.of((ErrorResponseException) ex, classification, environment);
	}

}
