package dev.rustok.runtime.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Checks a bearer token against the realm of the request's tenant only: its keys, its
 * issuer (either of the two of a switch-over, docs/adr/0107) and the shop's API as
 * audience. A token of another tenant's realm fails the signature (other keys) and the
 * issuer, so it is worthless here. One decoder per realm, created on first use and kept
 * (it caches the realm's keys); the tokens it checked are remembered with their realm
 * ({@link RememberedTokens}).
 */
class TenantRealmAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

	static final int REMEMBERED_TOKENS = 4_096;

	private final KeycloakProperties keycloak;

	private final Map<String, AuthenticationManager> byRealm = new ConcurrentHashMap<>();

	// tokens checked by the realms' decoders: bounded in number, and kept no longer
	// than an access token lives (docs/adr/0125)
	private final Cache<RememberedTokens.Key, Jwt> remembered = Caffeine.newBuilder()
		.maximumSize(REMEMBERED_TOKENS)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	TenantRealmAuthentication(KeycloakProperties keycloak) {
		this.keycloak = keycloak;
	}

	@Override
	public AuthenticationManager resolve(HttpServletRequest request) {
		return CurrentTenant.of(request)
			.map((tenant) -> this.byRealm.computeIfAbsent(tenant.realm(), (realm) -> managerFor(tenant)))
			.orElse((authentication) -> {
				throw new InvalidBearerTokenException("No tenant: tokens are only accepted for a tenant's requests");
			});
	}

	private AuthenticationManager managerFor(Tenant tenant) {
		String realm = tenant.realm();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.keycloak.jwkSetUri(realm)).build();
		// the shop's API as audience, as the gateway checks it (docs/adr/0051)
		OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
				new IssuedByTheRealm(this.keycloak, realm),
				new JwtAudienceValidator(TenantNames.audience(tenant.id().value())));
		decoder.setJwtValidator(validator);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
		converter.setPrincipalClaimName("preferred_username");
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(
				new RememberedTokens(realm, decoder, validator, this.remembered));
		provider.setJwtAuthenticationConverter(converter);
		return provider::authenticate;
	}

}
