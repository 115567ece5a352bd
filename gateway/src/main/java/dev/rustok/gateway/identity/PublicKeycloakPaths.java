package dev.rustok.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriUtils;

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

	/**
	 * Whether a raw request path is one of Keycloak's public ones, judged as Keycloak
	 * will read it: percent-decoded, so {@code /realms/%6Daster/...} is master's.
	 */
	static boolean served(String rawPath) {
		String decoded;
		try {
			decoded = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
		return SERVED.matcher(decoded.toLowerCase(Locale.ROOT)).matches();
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
