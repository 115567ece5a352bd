package dev.rustok.controlplane.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a problem+json answer where no message converter is at hand, such as Spring
 * Security's refusals of the admin API (which otherwise answer with an empty body).
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/** Answers with {@code status} and the fixed sentence for it. */
	public static void write(HttpServletResponse response, int status) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(ErrorAnswers.problemJson(ErrorAnswers.status(status)));
	}

}
