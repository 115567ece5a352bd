package dev.rustok.controlplane.web;

import dev.rustok.controlplane.api.RequestIds;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What an error page says for a status, whoever renders it (Spring's error dispatch or
 * Tomcat's own error report): a fixed sentence per status, never an exception message, a
 * class name or a stack trace.
 */
final class ErrorAnswers {

	private ErrorAnswers() {
	}

	static HttpStatus status(int code) {
		HttpStatus status = HttpStatus.resolve(code);
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static String sentence(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed: check its address, headers and body.";
			case UNAUTHORIZED -> "Sign in to see this page.";
			case FORBIDDEN -> "You are not allowed to see this page.";
			case NOT_FOUND -> "Nothing lives at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
			case CONTENT_TOO_LARGE -> "The request body is too large.";
			default -> status.is4xxClientError() ? "The request could not be handled."
					: "Something went wrong on our side; nothing you sent was lost. Please try again.";
		};
	}

	static ProblemDetail problem(HttpStatus status) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, sentence(status));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	/**
	 * The same problem as JSON text, for writers without a message converter; with the
	 * request id when one is set (only letters, digits and {@code ._:-}, nothing to
	 * escape).
	 */
	static String problemJson(HttpStatus status) {
		String requestId = MDC.get(RequestIds.KEY);
		return "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
				+ ",\"detail\":\"" + sentence(status) + "\""
				+ ((requestId != null) ? ",\"" + RequestIds.KEY + "\":\"" + requestId + "\"" : "") + "}";
	}

}
