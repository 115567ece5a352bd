package dev.rustok.runtime.security;

import java.io.IOException;

import dev.rustok.runtime.web.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as problem+json, with the RFC 6750 challenge a client library expects. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ProblemResponses problems;

	ProblemAuthenticationEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		boolean badToken = authException instanceof OAuth2AuthenticationException
				|| authException instanceof InvalidBearerTokenException;
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		String detail = badToken ? "The access token is not valid for this shop"
				: "Sign in to this shop: an access token of its realm is required";
		this.problems.write(request, response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, detail));
	}

}
