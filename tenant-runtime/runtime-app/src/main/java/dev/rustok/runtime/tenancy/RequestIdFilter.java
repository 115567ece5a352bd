package dev.rustok.runtime.tenancy;

import java.io.IOException;

import dev.rustok.controlplane.api.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request id the gateway forwarded (or a new one for a request that did not come
 * through it) on every log line written while serving the request
 * ({@code logging.pattern.level}), on the response, and in every problem body.
 */
class RequestIdFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// an error dispatch (a 404 page, say) keeps the id its request was given
		String given = response.getHeader(RequestIds.HEADER);
		String id = (given != null) ? given : RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
		response.setHeader(RequestIds.HEADER, id);
		MDC.put(RequestIds.KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestIds.KEY);
		}
	}

}
