package dev.rustok.gateway.identity;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.web.server.ServerWebExchange;

/**
 * What of Keycloak {@code auth.<domain>} serves: the realms' own endpoints (login and
 * registration pages, token, logout, keys) and the themes' resources those pages load.
 * The {@code master} realm and the admin console are answered 404 here: administering
 * Keycloak stays on its loopback address, as before (docs/adr/0091).
 */
final class PublicKeycloakPaths implements GatewayFilter {

	private static final Pattern SERVED = Pattern.compile("/realms/(?!master/)[^/]+/.+|/resources/.+");

	private final ProblemResponses problems;

	PublicKeycloakPaths(ProblemResponses problems) {
		this.problems = problems;
	}

	static boolean served(String path) {
		return SERVED.matcher(path.toLowerCase(Locale.ROOT)).matches();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (served(path)) {
			return chain.filter(exchange);
		}
		String host = exchange.getRequest().getURI().getHost();
		return this.problems.write(exchange,
				GatewayProblem.notFound((host != null) ? host.toLowerCase(Locale.ROOT) : "", path));
	}

}
