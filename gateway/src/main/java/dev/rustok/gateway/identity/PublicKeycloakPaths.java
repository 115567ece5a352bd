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
 * What of Keycloak {@code auth.<domain>} serves: the shop realms' ({@code tenant-<id>})
 * and the platform realm's own endpoints (login and registration pages, token, logout,
 * keys), and the themes' resources those pages load. Every other realm, {@code master}
 * first, and the admin console are answered 404 here: administering Keycloak stays on its
 * loopback address, and a realm made by hand for another purpose is not published by
 * being on the same server (docs/adr/0091, 0111).
 */
final class PublicKeycloakPaths implements GatewayFilter {

	private final Pattern served;

	private final ProblemResponses problems;

	/** {@code platformRealm}: the console's realm ({@code rustok.console.realm}). */
	PublicKeycloakPaths(String platformRealm, ProblemResponses problems) {
		// a tenant id's form (TenantNames): lower-case letters and digits in
		// dash-separated
		// groups
		this.served = Pattern
			.compile("/realms/(tenant-[a-z0-9]+(-[a-z0-9]+)*|" + Pattern.quote(platformRealm) + ")/.+|/resources/.+");
		this.problems = problems;
	}

	/**
	 * Whether a raw request path is one of Keycloak's public ones, judged as Keycloak
	 * will read it: percent-decoded, so {@code /realms/%6Daster/...} is master's.
	 */
	boolean served(String rawPath) {
		String decoded;
		try {
			decoded = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
		return this.served.matcher(decoded).matches();
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
