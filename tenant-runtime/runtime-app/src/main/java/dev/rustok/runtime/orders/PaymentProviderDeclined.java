package dev.rustok.runtime.orders;

import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The provider refused to pay back or void (already refunded there, disputed, an
 * authorization that expired): 422 naming {@code payment} and the provider's reason, the
 * order unchanged (docs/adr/0095).
 */
class PaymentProviderDeclined extends ErrorResponseException {

	PaymentProviderDeclined(Order order, String action, String reason) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(order, action, reason), null);
	}

	private static ProblemDetail problem(Order order, String action, String reason) {
		String why = "the payment provider declined: " + reason;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"order " + order.facts().number() + " is not " + action + ": " + why);
		problem.setTitle("Declined by the payment provider");
		problem.setProperty("orderNumber", order.facts().number());
		problem.setProperty("currentState", order.status().code());
		problem.setProperty("errors", List.of(new FieldProblem("payment", why)));
		return problem;
	}

}
