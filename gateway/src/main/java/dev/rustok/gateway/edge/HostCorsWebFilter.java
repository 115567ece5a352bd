package dev.rustok.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import dev.rustok.gateway.routing.RoutedRequests;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * CORS for every host, at the edge: a preflight is answered here and never forwarded, and
 * a call from a page the host does not allow is refused with a 403 problem before any
 * backend work (a POST from another site changes nothing). Requests without an
 * {@code Origin} of another site pass untouched.
 */
@Component
class HostCorsWebFilter implements WebFilter, Ordered {

	private final Map<String, List<String>> originsByHost;

	private final DefaultCorsProcessor processor = new DefaultCorsProcessor();

	private final ProblemResponses problems;

	HostCorsWebFilter(CorsProperties properties, ProblemResponses problems) {
		this.originsByHost = properties.originsByHost();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		// on auth.<domain>, Keycloak answers CORS itself from each realm client's web
		// origins, which only it knows (docs/adr/0091, 0016)
		if (!CorsUtils.isCorsRequest(request) || RoutedRequests.toIdentityProvider(exchange)) {
			return chain.filter(exchange);
		}
		String host = (request.getURI().getHost() != null) ? request.getURI().getHost().toLowerCase(Locale.ROOT) : "";
		HostCors policy = new HostCors(host, this.originsByHost.getOrDefault(host, List.of()));
		if (!this.processor.process(policy, exchange)) {
			return this.problems.write(exchange, GatewayProblem.crossOriginRefused(host));
		}
		return CorsUtils.isPreFlightRequest(request) ? exchange.getResponse().setComplete() : chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		// after the host is resolved (an unknown shop is a 404 first), before the routes:
		// a preflight costs no rate-limit token, no token check and no backend call
		return Ordered.HIGHEST_PRECEDENCE + 110;
	}

}
