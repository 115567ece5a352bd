package dev.rustok.runtime.orders;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The provider could not be asked to pay back or void (its breaker is open, it failed or
 * did not answer): 503 at once, the order unchanged. Asking again sends the same
 * idempotency key, so the money moves at most once (docs/adr/0095).
 */
class PaymentProviderUnavailable extends ErrorResponseException {

	PaymentProviderUnavailable(Order order, String action, String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(order, action, reason), null);
		getHeaders().set("Retry-After", "30");
	}

	private static ProblemDetail problem(Order order, String action, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"payment provider unavailable: order " + order.facts().number() + " is not " + action
						+ "; try again later (" + reason + ")");
		problem.setTitle("Payment provider unavailable");
		problem.setProperty("orderNumber", order.facts().number());
		problem.setProperty("currentState", order.status().code());
		return problem;
	}

}
