package dev.rustok.runtime.web.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.controlplane.api.RequestIds;
import dev.rustok.runtime.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problems the same way everywhere, and writes them from servlet filters
 * and security handlers, which answer before Spring MVC (and its message converters) is
 * reached.
 */
@Component
public class ProblemResponses {

	/** The ProblemDetail property carrying per-field {@link FieldProblem}s. */
	public static final String ERRORS = "errors";

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	public static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> errors) {
		ProblemDetail problem = problem(status, detail);
		if (!errors.isEmpty()) {
			problem.setProperty(ERRORS, errors);
		}
		return problem;
	}

	/** Writes {@code problem} as the whole response, unless one was already sent. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body(request, problem));
	}

	private static Map<String, Object> body(HttpServletRequest request, ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		// RFC 9457: an absent type means "about:blank", as Spring MVC renders it too
		if (problem.getType() != null) {
			body.put("type", problem.getType().toString());
		}
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		// set for every request by tenancy's RequestIdFilter (read from the MDC: this
		// package must not depend on tenancy)
		String requestId = MDC.get(RequestIds.KEY);
		if (requestId != null) {
			body.putIfAbsent(RequestIds.KEY, requestId);
		}
		return body;
	}

}
