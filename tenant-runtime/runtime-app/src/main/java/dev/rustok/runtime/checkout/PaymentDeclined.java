package dev.rustok.runtime.checkout;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The provider refused the payment (402); the order stays pending. */
class PaymentDeclined extends ErrorResponseException {

	PaymentDeclined(Completion completion, String reason) {
		super(HttpStatus.PAYMENT_REQUIRED, problem(completion, reason), null);
	}

	private static ProblemDetail problem(Completion completion, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED,
				"the payment was declined: " + reason + "; order " + completion.orderNumber() + " waits for payment");
		problem.setTitle("Payment declined");
		problem.setProperty("orderNumber", completion.orderNumber());
		return problem;
	}

}
