package dev.rustok.runtime.security;

import java.util.Set;

import dev.rustok.controlplane.api.RealmEndpoints;
import dev.rustok.controlplane.api.RealmIssuers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the tenants' realms live ({@code rustok.keycloak.*}).
 *
 * @param url Keycloak's base URL as this node reaches it (keys, code exchange, admin
 * API), without a trailing slash
 * @param publicUrl Keycloak's base URL as browsers reach it, which is also the tokens'
 * issuer: {@code http://auth.<domain>:<port>}, the gateway, when the shop realms'
 * frontend URL is set to it (docs/adr/0091); the same as {@code url} when not set
 * @param ownIssuerAccepted whether a token issued under {@code url} (before its realm's
 * frontend URL moved to {@code publicUrl}) is still accepted: on by default, so a realm's
 * switch-over signs nobody out (docs/adr/0107)
 */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakProperties(@DefaultValue("http://127.0.0.1:8180") String url, String publicUrl,
		@DefaultValue("true") boolean ownIssuerAccepted) {

	public KeycloakProperties {
		url = withoutTrailingSlash(url);
		publicUrl = (publicUrl == null || publicUrl.isBlank()) ? url : withoutTrailingSlash(publicUrl);
	}

	/** The addresses a browser is sent to, and the tokens' issuer. */
	public RealmEndpoints browserEndpoints() {
		return new RealmEndpoints(this.publicUrl);
	}

	/** The addresses this node calls itself (keys, token exchange). */
	public RealmEndpoints backChannelEndpoints() {
		return new RealmEndpoints(this.url);
	}

	/**
	 * The issuers a token of the realm may carry (docs/adr/0107): the browsers' one and,
	 * during a switch-over, Keycloak's own; never another realm's.
	 */
	public Set<String> acceptedIssuers(String realm) {
		return new RealmIssuers(browserEndpoints(), backChannelEndpoints(), this.ownIssuerAccepted).of(realm);
	}

	String jwkSetUri(String realm) {
		return backChannelEndpoints().jwkSetUri(realm);
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
