package dev.rustok.gateway.tokens;

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
 */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakIssuers(@DefaultValue("http://127.0.0.1:8180") String url, String publicUrl) {

	public KeycloakIssuers {
		url = withoutTrailingSlash(url);
		publicUrl = (publicUrl == null || publicUrl.isBlank()) ? url : withoutTrailingSlash(publicUrl);
	}

	/** The issuer of the shop's tokens: its realm, derived from the tenant id. */
	String issuer(String tenantId) {
		return this.publicUrl + "/realms/" + TenantNames.realm(tenantId);
	}

	String jwkSetUri(String tenantId) {
		return this.url + "/realms/" + TenantNames.realm(tenantId) + "/protocol/openid-connect/certs";
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
