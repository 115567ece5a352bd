package dev.rustok.runtime.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
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
 * (it caches the realm's keys).
 */
class TenantRealmAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

	private final KeycloakProperties keycloak;

	private final Map<String, AuthenticationManager> byRealm = new ConcurrentHashMap<>();

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
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new IssuedByTheRealm(this.keycloak, realm),
				new JwtAudienceValidator(TenantNames.audience(tenant.id().value()))));
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
		converter.setPrincipalClaimName("preferred_username");
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(converter);
		return provider::authenticate;
	}

}
