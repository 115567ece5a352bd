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

	/** The member of a declined void: staff may cancel anyway by asking again with it. */
	static final String DESPITE_DECLINED_VOID = "despiteDeclinedVoid";

	PaymentProviderDeclined(Order order, String action, String reason) {
		this(problem(order, action, reason));
	}

	private PaymentProviderDeclined(ProblemDetail problem) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
	}

	/**
	 * The provider refused to void a pending order's authorization: the problem says that
	 * the order may still be cancelled by asking again with
	 * {@value #DESPITE_DECLINED_VOID} (docs/adr/0104), never done without that choice.
	 */
	static PaymentProviderDeclined ofVoid(Order order, String reason) {
		ProblemDetail problem = problem(order, "cancelled", reason);
		problem.setDetail(problem.getDetail() + "; to cancel it anyway, with the authorization left to lapse at the"
				+ " provider, ask again with " + DESPITE_DECLINED_VOID + ": true");
		problem.setProperty("voidDeclined", true);
		return new PaymentProviderDeclined(problem);
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
