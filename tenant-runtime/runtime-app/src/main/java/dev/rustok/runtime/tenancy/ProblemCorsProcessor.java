package dev.rustok.runtime.tenancy;

import java.io.IOException;

import dev.rustok.runtime.web.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refusal as problem+json instead of plain text. */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private final ProblemResponses problems;

	ProblemCorsProcessor(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean allowed = super.processRequest(config, request, response);
		if (!allowed) {
			this.problems.write(request, response, ProblemResponses.problem(HttpStatus.FORBIDDEN,
					"Pages of other sites may not call this shop's API (CORS): the origin, method or a header is not allowed"));
		}
		return allowed;
	}

	// the status only: processRequest writes the body
	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		response.setStatusCode(HttpStatus.FORBIDDEN);
	}

}
