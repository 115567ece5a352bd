package dev.rustok.gateway.ratelimit;

import java.util.Locale;

import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;

/**
 * Runs the stock {@code RequestRateLimiter} filter and turns its body-less 429 into the
 * gateway's problem (problem+json, or the page for browsers), keeping the
 * {@code Retry-After} and {@code RateLimit-*} headers it set. Only the limiter sees the
 * decorated response; an admitted request goes on with the exchange as it came.
 */
class TooManyRequestsAnswers implements GatewayFilter {

	private final GatewayFilter rateLimiter;

	private final ProblemResponses problems;

	TooManyRequestsAnswers(GatewayFilter rateLimiter, ProblemResponses problems) {
		this.rateLimiter = rateLimiter;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpResponseDecorator answering = new ServerHttpResponseDecorator(exchange.getResponse()) {

			@Override
			public Mono<Void> setComplete() {
				if (HttpStatus.TOO_MANY_REQUESTS.equals(getStatusCode())) {
					return TooManyRequestsAnswers.this.problems.write(exchange, problem(exchange));
				}
				return super.setComplete();
			}

		};
		return this.rateLimiter.filter(exchange.mutate().response(answering).build(),
				(admitted) -> chain.filter(exchange));
	}

	private static GatewayProblem problem(ServerWebExchange exchange) {
		String host = exchange.getRequest().getURI().getHost();
		String retryAfter = exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
		return GatewayProblem.tooManyRequests((host != null) ? host.toLowerCase(Locale.ROOT) : "",
				(retryAfter != null) ? Long.parseLong(retryAfter) : Verdict.UNCOUNTED_RETRY_AFTER_SECONDS);
	}

}
