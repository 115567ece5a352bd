package dev.rustok.runtime.security;

import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * A token's validity for one realm, but for its audience: within its lifetime and issued
 * by the realm under one of its accepted issuers, its public one or, during a
 * switch-over, Keycloak's own (docs/adr/0107). The signature is the decoder's check, with
 * the realm's own keys.
 */
public final class IssuedByTheRealm implements OAuth2TokenValidator<Jwt> {

	private final OAuth2TokenValidator<Jwt> checks;

	public IssuedByTheRealm(KeycloakProperties keycloak, String realm) {
		Set<String> accepted = keycloak.acceptedIssuers(realm);
		this.checks = JwtValidators.createDefaultWithValidators(new JwtClaimValidator<Object>(JwtClaimNames.ISS,
				(issuer) -> issuer != null && accepted.contains(issuer.toString())));
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		return this.checks.validate(token);
	}

}
