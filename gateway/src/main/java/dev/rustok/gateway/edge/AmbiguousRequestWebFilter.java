package dev.rustok.gateway.edge;

import java.util.List;
import java.util.Locale;

import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses an ambiguous request with a 400 before the host is resolved, so it reaches
 * neither a route nor the gateway's own endpoints.
 */
@Component
class AmbiguousRequestWebFilter implements WebFilter, Ordered {

	private final ProblemResponses problems;

	AmbiguousRequestWebFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		List<String> hosts = exchange.getRequest().getHeaders().get(HttpHeaders.HOST);
		String rawPath = exchange.getRequest().getPath().value();
		return AmbiguousRequests.find(hosts, rawPath)
			.map((ambiguity) -> this.problems.write(exchange,
					GatewayProblem.ambiguousRequest(hostOf(hosts), ambiguity.field(), ambiguity.reason())))
			.orElseGet(() -> chain.filter(exchange));
	}

	private static String hostOf(List<String> hosts) {
		if (hosts == null || hosts.size() != 1 || AmbiguousRequests.ofHost(hosts).isPresent()) {
			return "";
		}
		String host = hosts.getFirst().strip().toLowerCase(Locale.ROOT);
		int port = host.lastIndexOf(':');
		return (port > host.lastIndexOf(']')) ? host.substring(0, port) : host;
	}

	@Override
	public int getOrder() {
		// before the host is resolved (HostResolutionWebFilter) and before security
		return Ordered.HIGHEST_PRECEDENCE + 50;
	}

}
