package dev.rustok.controlplane.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a Keycloak token carries the user's realm roles: {@code realm_access.roles}, a
 * list of role names. Provisioning and the platform realm put them there; the runtime and
 * the control plane read them from there, each into its own authorities.
 */
public final class RealmRolesClaim {

	/** The claim as Keycloak's protocol mappers name it ({@code claim.name}). */
	public static final String PATH = "realm_access.roles";

	private RealmRolesClaim() {
	}

	/**
	 * The realm roles in a token's claims; none when the claim is missing or malformed.
	 */
	public static List<String> roles(Map<String, Object> claims) {
		if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)
				|| !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
	}

}
