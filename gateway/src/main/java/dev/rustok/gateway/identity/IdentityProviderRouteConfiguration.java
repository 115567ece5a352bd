package dev.rustok.gateway.identity;

import dev.rustok.gateway.problems.ProblemResponses;
import dev.rustok.gateway.routing.RouteGuards;
import dev.rustok.gateway.routing.RoutedRequests;
import dev.rustok.gateway.tokens.KeycloakIssuers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The route of {@code auth.<domain>} to Keycloak ({@code rustok.keycloak.url}), with the
 * same guards as every route: the rate limits count a password or token attempt against
 * its client address there. The Host Keycloak sees is its own address and it trusts no
 * forwarded header: the URLs of its pages come from the shop realms' frontend URL, not
 * from anything a client sends (docs/adr/0091).
 */
@Configuration(proxyBeanMethods = false)
class IdentityProviderRouteConfiguration {

	/** Before the guards: a path that is not served costs no rate-limit token. */
	private static final int PATHS_ORDER = -20;

	@Bean
	RouteLocator identityProviderRoute(RouteLocatorBuilder builder, KeycloakIssuers keycloak,
			ObjectProvider<RouteGuards> routeGuards, ProblemResponses problems,
			@Value("${rustok.console.realm:platform}") String platformRealm) {
		PublicKeycloakPaths paths = new PublicKeycloakPaths(platformRealm, problems);
		return builder.routes()
			.route("identity-provider",
					(route) -> route.predicate(RoutedRequests::toIdentityProvider).filters((filters) -> {
						filters.filter(paths, PATHS_ORDER);
						routeGuards.orderedStream().forEach((guard) -> guard.applyTo(filters));
						return filters;
					}).uri(keycloak.url()))
			.build();
	}

}
