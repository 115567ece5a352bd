package dev.rustok.controlplane.provisioning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.keycloak.*}: the Keycloak whose admin API creates tenant realms. The
 * admin password comes from the environment or a file; its committed value lives in
 * application-dev.properties only.
 *
 * @param devPasswordGrantClient whether new tenant realms get the {@code rustok-dev-cli}
 * client with the password grant; for tests and the dev launcher only, never in
 * production (the shops' own clients only do the browser login with PKCE)
 * @param publicUrl Keycloak as browsers reach it when not at {@code url}: the gateway's
 * {@code http(s)://auth.<domain>[:port]}, which new shop realms get as their frontend URL
 * (docs/adr/0091); unset, they keep Keycloak's own address
 */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakProperties(@DefaultValue("http://127.0.0.1:8180") String url,
		@DefaultValue("admin") String adminUsername, String adminPassword,
		@DefaultValue("false") boolean devPasswordGrantClient, String publicUrl) {

	@Override
	public String toString() {
		return "KeycloakProperties[url=" + this.url + ", adminUsername=" + this.adminUsername
				+ ", devPasswordGrantClient=" + this.devPasswordGrantClient + ", publicUrl=" + this.publicUrl + "]";
	}

}
