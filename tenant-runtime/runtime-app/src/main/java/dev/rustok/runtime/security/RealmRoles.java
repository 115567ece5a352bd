package dev.rustok.runtime.security;

import java.util.Collection;

import dev.rustok.controlplane.api.RealmRolesClaim;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Keycloak realm roles ({@link RealmRolesClaim}) as {@code ROLE_<role>} authorities.
 */
class RealmRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		return RealmRolesClaim.roles(jwt.getClaims())
			.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

}
