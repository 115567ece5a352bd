package dev.rustok.controlplane.api;

import java.util.Objects;

/**
 * The OpenID Connect addresses of a Keycloak realm, as every service must spell them: a
 * token is accepted only when its issuer is exactly {@link #issuer}, so the shape is part
 * of the platform's protocol, not of one service's configuration.
 *
 * @param keycloakUrl Keycloak's base URL as browsers and services reach it (and as it
 * appears in the tokens it issues); a trailing slash is dropped
 */
public record RealmEndpoints(String keycloakUrl) {

	public RealmEndpoints {
		Objects.requireNonNull(keycloakUrl, "keycloakUrl");
		keycloakUrl = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
	}

	/** The {@code iss} of the realm's tokens: {@code <keycloak>/realms/<realm>}. */
	public String issuer(String realm) {
		return this.keycloakUrl + "/realms/" + realm;
	}

	/**
	 * The realm's OpenID Connect endpoints, under which {@code /auth}, {@code /token}…
	 * live.
	 */
	public String openIdConnect(String realm) {
		return issuer(realm) + "/protocol/openid-connect";
	}

	/** Where the realm publishes the keys its tokens are signed with. */
	public String jwkSetUri(String realm) {
		return openIdConnect(realm) + "/certs";
	}

}
