package dev.rustok.controlplane.provisioning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code rustok.keycloak.*}: the Keycloak whose admin API creates tenant realms. */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakProperties(@DefaultValue("http://127.0.0.1:8180") String url,
		@DefaultValue("admin") String adminUsername, @DefaultValue("admin") String adminPassword) {

	@Override
	public String toString() {
		return "KeycloakProperties[url=" + this.url + ", adminUsername=" + this.adminUsername + "]";
	}

}
