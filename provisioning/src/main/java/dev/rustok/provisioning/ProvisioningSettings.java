package dev.rustok.provisioning;

import java.util.Objects;

/**
 * Where provisioning reaches Keycloak and which domain storefront hosts live under.
 *
 * @param keycloakUrl Keycloak's base URL without a trailing slash, e.g.
 * {@code http://127.0.0.1:8180}
 * @param keycloakAdminUsername a user of the {@code master} realm allowed to create
 * realms
 * @param keycloakAdminPassword that user's password
 * @param platformDomain storefront hosts are {@code <slug>.<platformDomain>}
 */
public record ProvisioningSettings(String keycloakUrl, String keycloakAdminUsername, String keycloakAdminPassword,
		String platformDomain) {

	public ProvisioningSettings {
		Objects.requireNonNull(keycloakUrl, "keycloakUrl");
		Objects.requireNonNull(keycloakAdminUsername, "keycloakAdminUsername");
		Objects.requireNonNull(keycloakAdminPassword, "keycloakAdminPassword");
		Objects.requireNonNull(platformDomain, "platformDomain");
		keycloakUrl = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
	}

	@Override
	public String toString() {
		return "ProvisioningSettings[keycloakUrl=" + this.keycloakUrl + ", keycloakAdminUsername="
				+ this.keycloakAdminUsername + ", platformDomain=" + this.platformDomain + "]";
	}

}
