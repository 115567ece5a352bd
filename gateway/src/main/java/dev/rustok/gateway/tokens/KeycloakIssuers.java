package dev.rustok.gateway.tokens;

import java.util.Set;

import dev.rustok.controlplane.api.RealmEndpoints;
import dev.rustok.controlplane.api.RealmIssuers;
import dev.rustok.controlplane.api.TenantNames;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a shop's tokens come from: its own realm on Keycloak ({@code rustok.keycloak.*},
 * the same properties the runtime reads).
 *
 * @param url Keycloak's base URL as the gateway reaches it (keys, and the
 * {@code auth.<domain>} host's backend), without a trailing slash
 * @param publicUrl Keycloak's base URL as browsers reach it, which is also the tokens'
 * issuer: {@code http://auth.<domain>:<port>} when the shop realms' frontend URL is the
 * gateway (docs/adr/0091); the same as {@code url} when not set
 * @param ownIssuerAccepted whether a shop's token issued under {@code url} (before its
 * realm's frontend URL moved to {@code publicUrl}) is still accepted: on by default, so a
 * realm's switch-over signs nobody out of the edge (docs/adr/0107)
 */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakIssuers(@DefaultValue("http://127.0.0.1:8180") String url, String publicUrl,
		@DefaultValue("true") boolean ownIssuerAccepted) {

	public KeycloakIssuers {
		url = withoutTrailingSlash(url);
		publicUrl = (publicUrl == null || publicUrl.isBlank()) ? url : withoutTrailingSlash(publicUrl);
	}

	/**
	 * The issuers the shop's tokens may carry: its realm, derived from the tenant id, at
	 * the public URL and, during a switch-over, at Keycloak's own.
	 */
	Set<String> accepted(String tenantId) {
		return new RealmIssuers(new RealmEndpoints(this.publicUrl), new RealmEndpoints(this.url),
				this.ownIssuerAccepted)
			.of(TenantNames.realm(tenantId));
	}

	String jwkSetUri(String tenantId) {
		return this.url + "/realms/" + TenantNames.realm(tenantId) + "/protocol/openid-connect/certs";
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
