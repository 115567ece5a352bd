package dev.rustok.gateway.problems;

import java.io.IOException;
import java.util.Locale;

import dev.rustok.controlplane.api.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Every error that escapes the gateway's handlers becomes a {@link GatewayProblem}: a
 * backend that refuses or drops the connection is a 502, no instance or a timeout keep
 * Spring Cloud Gateway's 503 and 504. Runs before Spring Boot's error handler, which
 * would answer 500 with its own body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class GatewayErrorHandler implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final ProblemResponses problems;

	private final MeterRegistry meters;

	GatewayErrorHandler(ProblemResponses problems, MeterRegistry meters) {
		this.problems = problems;
		this.meters = meters;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		String requestHost = exchange.getRequest().getURI().getHost();
		String host = (requestHost != null) ? requestHost.toLowerCase(Locale.ROOT) : "";
		GatewayProblem problem = problemFor(host, exchange.getAttribute(RequestIds.KEY), failure);
		if (problem.status().is5xxServerError()) {
			// bounded: a problem type, never a host
			this.meters
				.counter("rustok.gateway.upstream.errors", "reason",
						(problem.type() != null) ? problem.type() : "other")
				.increment();
		}
		return this.problems.write(exchange, problem);
	}

	// the gateway's log lines name the request id, as the services' do (the event loop
	// carries no MDC)
	private GatewayProblem problemFor(String host, String requestId, Throwable failure) {
		if (failure instanceof ResponseStatusException status) {
			return GatewayProblem.forStatus(host, status.getStatusCode(), status.getReason());
		}
		if (failure instanceof IOException) {
			logger.warn("Backend for {} failed (request {}): {}", host, requestId, failure.toString());
			return GatewayProblem.backendUnreachable(host);
		}
		logger.error("Unexpected failure for {} (request {})", host, requestId, failure);
		return GatewayProblem.unexpected(host);
	}

}
