package dev.rustok.runtime.checkout;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The provider could not be asked (its breaker is open, it failed or did not answer): 503
 * at once, naming the order, which stays pending and can be paid later by submitting the
 * same idempotency key again (docs/adr/0072). Spring MVC renders it as problem+json.
 */
class PaymentUnavailable extends ErrorResponseException {

	PaymentUnavailable(Completion completion, String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(completion, reason), null);
		getHeaders().set("Retry-After", "30");
	}

	private static ProblemDetail problem(Completion completion, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"payment provider unavailable: order " + completion.orderNumber()
						+ " is placed and waits for payment; submit the checkout again with the same Idempotency-Key"
						+ " to pay it (" + reason + ")");
		problem.setTitle("Payment provider unavailable");
		problem.setProperty("orderNumber", completion.orderNumber());
		problem.setProperty("orderId", completion.orderId());
		return problem;
	}

}
