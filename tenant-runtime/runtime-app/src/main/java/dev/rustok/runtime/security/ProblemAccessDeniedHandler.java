package dev.rustok.runtime.security;

import java.io.IOException;

import dev.rustok.runtime.web.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as problem+json: the caller is known but lacks the role. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemResponses problems;

	ProblemAccessDeniedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		String detail = request.getRequestURI().startsWith("/api/store/customer")
				? "Only a customer account of this shop may use this; staff accounts are not customers"
				: "Only the shop's owner or an admin may do this";
		this.problems.write(request, response, ProblemResponses.problem(HttpStatus.FORBIDDEN, detail));
	}

}
