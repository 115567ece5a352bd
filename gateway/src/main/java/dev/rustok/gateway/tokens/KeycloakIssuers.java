package dev.rustok.gateway.tokens;

import dev.rustok.controlplane.api.TenantNames;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a shop's tokens come from: its own realm on Keycloak
 * ({@code rustok.keycloak.url}, the same property the runtime reads).
 *
 * @param url Keycloak's base URL as it appears in the tokens' issuer, without a trailing
 * slash
 */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakIssuers(@DefaultValue("http://127.0.0.1:8180") String url) {

	public KeycloakIssuers {
		url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The issuer of the shop's tokens: its realm, derived from the tenant id. */
	String issuer(String tenantId) {
		return this.url + "/realms/" + TenantNames.realm(tenantId);
	}

	String jwkSetUri(String tenantId) {
		return issuer(tenantId) + "/protocol/openid-connect/certs";
	}

}
