package dev.rustok.controlplane;

import java.util.List;

import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;

/** Signs a shop owner in to their tenant's realm the way the tenant admin app does. */
public final class OwnerLogin {

	private OwnerLogin() {
	}

	/**
	 * The realm roles in the access token the owner gets with the password grant of the
	 * dev client (the shop's own clients only do the browser login).
	 */
	public static List<String> realmRoles(String slug, String email, String password) {
		String token = new KeycloakTokens(KeycloakServer.shared()).devCliToken("tenant-" + slug, email, password);
		return KeycloakTokens.realmRoles(token);
	}

}
