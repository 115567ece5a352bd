package dev.rustok.runtime.security;

import dev.rustok.controlplane.api.RealmEndpoints;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the tenants' realms live ({@code rustok.keycloak.url}).
 *
 * @param url Keycloak's base URL as it appears in the tokens' issuer, without a trailing
 * slash
 */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakProperties(@DefaultValue("http://127.0.0.1:8180") String url) {

	public KeycloakProperties {
		url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	String issuer(String realm) {
		return new RealmEndpoints(this.url).issuer(realm);
	}

	String jwkSetUri(String realm) {
		return new RealmEndpoints(this.url).jwkSetUri(realm);
	}

}
