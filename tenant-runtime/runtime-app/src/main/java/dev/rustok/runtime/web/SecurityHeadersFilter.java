package dev.rustok.runtime.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link SecurityHeaders} on every answer, including the refusals of the filters
 * that run before Spring Security (tenant, body size) and the error dispatch.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.applyTo(response);
		chain.doFilter(request, response);
	}

}
