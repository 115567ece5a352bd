package dev.rustok.runtime.web.problem;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.QuotaExceeded;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.RuntimeProblem;
import dev.rustok.runtime.web.BodyTooLarge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.beans.TypeMismatchException;
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
 * The one place where exceptions become RFC 9457 problem+json: the runtime's own
 * {@link RuntimeProblem}s, Spring MVC's (through the base class, each with its proper
 * 4xx) and anything unexpected, which is logged and answered without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final String BUSY_RETRY_AFTER_SECONDS = "1";

	@ExceptionHandler(RuntimeProblem.class)
	ResponseEntity<ProblemDetail> runtimeProblem(RuntimeProblem problem) {
		HttpStatus status = switch (problem) {
			case InvalidInput invalid -> HttpStatus.BAD_REQUEST;
			case ResourceConflict conflict -> HttpStatus.CONFLICT;
			case ResourceNotFound notFound -> HttpStatus.NOT_FOUND;
			// the plan refuses it: a valid request, not a clash with stored data
			// (docs/adr/0049)
			case QuotaExceeded quota -> HttpStatus.FORBIDDEN;
		};
		ProblemDetail detail = ProblemResponses.problem(status, problem.getMessage(), problem.errors());
		problem.properties().forEach(detail::setProperty);
		return answer(detail);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		Optional<SQLTransientConnectionException> busy = causeOf(ex, SQLTransientConnectionException.class);
		if (busy.isPresent()) {
			// every connection of the node's pool stayed taken for its whole wait: the
			// node is overloaded, not broken, and the request did nothing; a client (or
			// the gateway's pool) tries again later or elsewhere
			log.warn("No database connection in time, answered 503: {}", busy.get().getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS)
				.body(ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE,
						"The shop is busy right now; nothing you sent was stored. Try again in a moment"));
		}
		log.error("Unexpected failure", ex);
		return answer(ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; nothing you sent was partially stored"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Optional<BodyTooLarge> tooLarge = causeOf(ex, BodyTooLarge.class);
		if (tooLarge.isPresent()) {
			return answerObject(ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than " + tooLarge.get().limit() / 1024 + " KiB"));
		}
		Optional<JacksonException> json = causeOf(ex, JacksonException.class);
		// a number too large for its field is well-formed JSON: name the field
		boolean outOfRange = json.isPresent() && json.get() instanceof InputCoercionException;
		if (json.isEmpty() || (json.get() instanceof StreamReadException && !outOfRange)
				|| json.get().getPath().isEmpty()) {
			return answerObject(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON"));
		}
		String field = json.get()
			.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? "." + reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining())
			// the same paths as the runtime's own checks:
			// variants[0].prices[1].amountMinor
			.replaceFirst("^\\.", "");
		String reason = outOfRange ? "is out of range" : "has the wrong type (a JSON number, text or true/false)";
		return answerObject(ProblemResponses.problem(HttpStatus.BAD_REQUEST,
				"The request body has a field of the wrong type", List.of(new FieldProblem(field, reason))));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return answerObject(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "A request parameter has the wrong type",
				List.of(new FieldProblem(field, "must be a valid " + expected))));
	}

	private static <T extends Throwable> Optional<T> causeOf(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static ResponseEntity<Object> answerObject(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
