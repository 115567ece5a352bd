package dev.rustok.gateway.routing;

import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import dev.rustok.gateway.routing.HostResolution.ControlPlane;
import dev.rustok.gateway.routing.HostResolution.GatewayItself;
import dev.rustok.gateway.routing.HostResolution.IdentityProvider;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;
import dev.rustok.gateway.routing.HostResolution.SuspendedTenant;
import dev.rustok.gateway.routing.HostResolution.UnknownHost;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Resolves every request's Host before any handler sees it: refusals (unknown host,
 * suspended tenant) are answered here, everything else carries its {@link HostResolution}
 * on to the routes. The gateway's own actuator lives on the management port, and even
 * there answers only on {@code localhost} and bare IP addresses (readiness checks,
 * Kubernetes probes), so a shop's {@code /actuator} path never reaches it.
 */
class HostResolutionWebFilter implements WebFilter, Ordered {

	private static final String ATTRIBUTE = HostResolution.class.getName();

	private static final String ACTUATOR = "/actuator";

	private final HostResolver resolver;

	private final ProblemResponses problems;

	HostResolutionWebFilter(HostResolver resolver, ProblemResponses problems) {
		this.resolver = resolver;
		this.problems = problems;
	}

	static HostResolution of(ServerWebExchange exchange) {
		return exchange.getAttributeOrDefault(ATTRIBUTE, new UnknownHost());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String host = HostName.of(exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST));
		return this.resolver.resolve(host).flatMap((resolution) -> respond(exchange, chain, host, resolution));
	}

	private Mono<Void> respond(ServerWebExchange exchange, WebFilterChain chain, String host,
			HostResolution resolution) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/")) {
			return (resolution instanceof GatewayItself) ? chain.filter(exchange)
					: this.problems.write(exchange, GatewayProblem.notFound(host, path));
		}
		return switch (resolution) {
			case GatewayItself _ -> this.problems.write(exchange, GatewayProblem.notFound(host, path));
			case UnknownHost _ -> this.problems.write(exchange, GatewayProblem.unknownHost(host));
			case SuspendedTenant _ -> this.problems.write(exchange, GatewayProblem.suspendedTenant(host));
			case ControlPlane _, ServedTenant _, IdentityProvider _ -> {
				exchange.getAttributes().put(ATTRIBUTE, resolution);
				yield chain.filter(exchange);
			}
		};
	}

	@Override
	public int getOrder() {
		// before security and the gateway handler: a refused host goes no further
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
