package dev.rustok.runtime.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRolesTests {

	@Test
	void turnsKeycloakRealmRolesIntoRoleAuthorities() {
		Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("owner", "offline_access"))));
		assertThat(new RealmRoles().convert(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_owner", "ROLE_offline_access");
	}

	@Test
	void grantsNothingToATokenWithoutRealmRoles() {
		assertThat(new RealmRoles().convert(jwt(Map.of("scope", "openid")))).isEmpty();
	}

	private static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("user")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claims((all) -> all.putAll(claims))
			.build();
	}

}
