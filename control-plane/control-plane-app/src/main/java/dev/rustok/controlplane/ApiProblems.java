package dev.rustok.controlplane;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become RFC 9457 problem+json. Bad input names the field
 * and the reason in an {@code errors} property; nothing a client sends produces a 500 or
 * a stack trace. Spring's own exceptions (405, 406, 415, ...) keep the problem bodies of
 * {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(ControlPlaneException.class)
	ProblemDetail controlPlaneFailure(ControlPlaneException failure) {
		return switch (failure) {
			case InvalidRequest invalid -> withErrors(
					ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage()), invalid.errors());
			case AlreadyExists exists ->
				withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exists.getMessage()),
						List.of(exists.error()));
			case NotFound notFound -> ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
			case WrongStatus wrong -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, wrong.getMessage());
			case DependencyDown down -> {
				log.warn("{}", down.getMessage(), down.getCause());
				yield ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, down.getMessage());
			}
		};
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception failure) {
		log.error("Unexpected failure answering a request", failure);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; nothing you sent was lost. Please try again.");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(failure, RequestBodyTooLarge.class)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than " + RequestBodyLimit.LIMIT / 1024 + " KiB");
			return handleExceptionInternal(failure, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(failure));
		return handleExceptionInternal(failure, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	// Jackson's own messages name Java types (for example "...SignupRequest"), so only
	// parse errors, which speak of the JSON text, pass its message on
	private static String unreadable(HttpMessageNotReadableException failure) {
		if (failure.getCause() instanceof MismatchedInputException mismatch) {
			if (mismatch.getPath().isEmpty() || mismatch.getPath().getLast().getPropertyName() == null) {
				return "The request body must be a JSON object with the documented fields";
			}
			String field = mismatch.getPath().getLast().getPropertyName();
			return "The field '" + field + "' has the wrong type: send it as a JSON string";
		}
		if (failure.getCause() instanceof StreamReadException json) {
			TokenStreamLocation at = json.getLocation();
			return "The request body is not valid JSON: " + json.getOriginalMessage()
					+ ((at != null) ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "");
		}
		if (failure.getCause() instanceof JacksonException) {
			return "The request body must be a JSON object with the documented fields";
		}
		return "The request body is missing: send a JSON object";
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

}
