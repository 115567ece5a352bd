package dev.rustok.gateway.tokens;

import dev.rustok.gateway.problems.ProblemResponses;
import dev.rustok.gateway.routing.RouteGuards;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link ShopTokens} on the routes, right after the rate limits: a flood of bad tokens is
 * limited, then refused before it is signed or forwarded.
 * {@code rustok.gateway.tokens.enabled=false} leaves the check to the runtime alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakIssuers.class)
class TokenCheckConfiguration {

	private static final int ORDER = -5;

	@Bean
	@ConditionalOnProperty(name = "rustok.gateway.tokens.enabled", matchIfMissing = true)
	RouteGuards shopTokens(KeycloakIssuers issuers, ProblemResponses problems) {
		ShopTokens filter = new ShopTokens(issuers, problems);
		return (filters) -> filters.filter(filter, ORDER);
	}

}
