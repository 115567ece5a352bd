package dev.rustok.gateway.tokens;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import dev.rustok.gateway.routing.RoutedRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.server.ServerWebExchange;

/**
 * Checks a shop call's bearer token at the edge, before any runtime work: it must be
 * signed by the shop's own realm (its JWKS, fetched once and again only for an unknown
 * key id), issued by it for the shop's API (audience), and not expired. The admin API
 * needs one; elsewhere a request without {@code Authorization} passes (a shopper
 * browsing). The runtime checks again (docs/adr/0046).
 */
class ShopTokens implements GatewayFilter {

	private static final Logger log = LoggerFactory.getLogger(ShopTokens.class);

	private static final String BEARER = "bearer ";

	private static final String ADMIN_API = "/api/admin/";

	/**
	 * A customer's own account (docs/adr/0075): as the admin API, a token is required.
	 */
	private static final String CUSTOMER_API = "/api/store/customer";

	/** Gateways and Keycloak keep time by NTP: seconds apart at most. */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

	private final KeycloakIssuers issuers;

	private final ProblemResponses problems;

	// one decoder per shop, caching its realm's keys
	private final Map<String, ReactiveJwtDecoder> decoders = new ConcurrentHashMap<>();

	ShopTokens(KeycloakIssuers issuers, ProblemResponses problems) {
		this.issuers = issuers;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Optional<TenantRoute> shop = RoutedRequests.servedTenant(exchange);
		if (shop.isEmpty()) {
			return chain.filter(exchange);
		}
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null) {
			// CORS preflights, which never carry credentials, are answered before the
			// routes (edge.HostCorsWebFilter)
			if (isAdminApi(exchange)) {
				return refuse(exchange, "The admin API needs a bearer token of this shop");
			}
			return isCustomerApi(exchange)
					? refuse(exchange, "The customer account API needs a bearer token of this shop")
					: chain.filter(exchange);
		}
		if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER) || authorization.length() == BEARER.length()) {
			return refuse(exchange, "Only a bearer token of this shop is accepted");
		}
		String token = authorization.substring(BEARER.length()).trim();
		return decoderFor(shop.get().tenantId()).decode(token)
			.then(chain.filter(exchange))
			.onErrorResume(JwtException.class, (failure) -> refused(exchange, failure));
	}

	private Mono<Void> refused(ServerWebExchange exchange, JwtException failure) {
		if (failure instanceof BadJwtException) {
			return refuse(exchange, "The token is not a valid token of this shop: it is malformed, expired,"
					+ " signed or issued by another realm, or not meant for this shop's API");
		}
		// the realm's keys could not be fetched: no token can be judged now
		log.warn("Cannot check tokens for {}: {}", exchange.getRequest().getURI().getHost(), failure.getMessage());
		return this.problems.write(exchange, GatewayProblem.tokenKeysUnavailable(host(exchange)));
	}

	private Mono<Void> refuse(ServerWebExchange exchange, String reason) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		return this.problems.write(exchange, GatewayProblem.invalidToken(host(exchange), reason));
	}

	private ReactiveJwtDecoder decoderFor(String tenantId) {
		return this.decoders.computeIfAbsent(tenantId, (id) -> {
			NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(this.issuers.jwkSetUri(id))
				.build();
			// expiry and not-before, with a small clock skew, one of the shop realm's
			// issuers (ADR 0107) and the shop's API as audience, as the runtime checks
			// them (ADR 0051); signature and algorithm (never "none") are the decoder's
			// own checks
			Set<String> accepted = this.issuers.accepted(id);
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(CLOCK_SKEW),
					new JwtClaimValidator<Object>(JwtClaimNames.ISS,
							(issuer) -> issuer != null && accepted.contains(issuer.toString())),
					new JwtAudienceValidator(TenantNames.audience(id))));
			return decoder;
		});
	}

	private static boolean isAdminApi(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().pathWithinApplication().value().startsWith(ADMIN_API);
	}

	private static boolean isCustomerApi(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return path.equals(CUSTOMER_API) || path.startsWith(CUSTOMER_API + "/");
	}

	private static String host(ServerWebExchange exchange) {
		String host = exchange.getRequest().getURI().getHost();
		return (host != null) ? host.toLowerCase(Locale.ROOT) : "";
	}

}
