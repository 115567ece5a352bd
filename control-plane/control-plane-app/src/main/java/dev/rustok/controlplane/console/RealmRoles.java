package dev.rustok.controlplane.console;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import dev.rustok.controlplane.api.RealmRolesClaim;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns the Keycloak realm roles in a verified ID token ({@link RealmRolesClaim}) into
 * {@code ROLE_<role>} authorities, so {@code hasRole("platform-admin")} means the realm
 * role.
 */
final class RealmRoles {

	private RealmRoles() {
	}

	static Collection<? extends GrantedAuthority> withRealmRoles(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> mapped = new HashSet<>(authorities);
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OidcUserAuthority oidc) {
				RealmRolesClaim.roles(oidc.getIdToken().getClaims())
					.forEach((role) -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
			}
		}
		return mapped;
	}

	/**
	 * The same for a bearer access token of the admin API, where Keycloak puts the realm
	 * roles by default.
	 */
	static Collection<GrantedAuthority> ofAccessToken(Jwt token) {
		Set<GrantedAuthority> mapped = new HashSet<>();
		RealmRolesClaim.roles(token.getClaims())
			.forEach((role) -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
		return mapped;
	}

}
