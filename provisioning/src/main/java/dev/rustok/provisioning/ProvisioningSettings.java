package dev.rustok.provisioning;

import java.util.Objects;

/**
 * Where provisioning reaches Keycloak, which domain storefront hosts live under and how
 * shoppers reach them.
 *
 * @param keycloakUrl Keycloak's base URL without a trailing slash, e.g.
 * {@code http://127.0.0.1:8180}
 * @param keycloakAdminUsername a user of the {@code master} realm allowed to create
 * realms
 * @param keycloakAdminPassword that user's password
 * @param platformDomain storefront hosts are {@code <slug>.<platformDomain>}
 * @param publicAddress the scheme and port shoppers use (the gateway's), from which every
 * shop's exact login redirect URIs and web origins are built
 * @param devPasswordGrantClient whether tenant realms get the {@code rustok-dev-cli}
 * client with the password grant, for tests and the dev launcher only
 * @param keycloakPublicUrl Keycloak's base URL as browsers reach it when that is not
 * {@code keycloakUrl}: the gateway's {@code auth.<domain>} (docs/adr/0091). New realms
 * get it as their frontend URL, so their pages, redirects and tokens' issuer name it;
 * {@code null}: realms keep Keycloak's own address
 */
public record ProvisioningSettings(String keycloakUrl, String keycloakAdminUsername, String keycloakAdminPassword,
		String platformDomain, PublicAddress publicAddress, boolean devPasswordGrantClient, String keycloakPublicUrl) {

	public ProvisioningSettings {
		Objects.requireNonNull(keycloakUrl, "keycloakUrl");
		Objects.requireNonNull(keycloakAdminUsername, "keycloakAdminUsername");
		Objects.requireNonNull(keycloakAdminPassword, "keycloakAdminPassword");
		Objects.requireNonNull(platformDomain, "platformDomain");
		Objects.requireNonNull(publicAddress, "publicAddress");
		keycloakUrl = withoutTrailingSlash(keycloakUrl);
		keycloakPublicUrl = (keycloakPublicUrl == null || keycloakPublicUrl.isBlank()
				|| withoutTrailingSlash(keycloakPublicUrl).equals(keycloakUrl)) ? null
						: withoutTrailingSlash(keycloakPublicUrl);
	}

	/** Settings whose realms keep Keycloak's own address. */
	public ProvisioningSettings(String keycloakUrl, String keycloakAdminUsername, String keycloakAdminPassword,
			String platformDomain, PublicAddress publicAddress, boolean devPasswordGrantClient) {
		this(keycloakUrl, keycloakAdminUsername, keycloakAdminPassword, platformDomain, publicAddress,
				devPasswordGrantClient, null);
	}

	/**
	 * Settings for a platform shoppers reach at {@code http://…:8080} (the dev gateway),
	 * without the password-grant client.
	 */
	public ProvisioningSettings(String keycloakUrl, String keycloakAdminUsername, String keycloakAdminPassword,
			String platformDomain) {
		this(keycloakUrl, keycloakAdminUsername, keycloakAdminPassword, platformDomain, PublicAddress.DEV, false);
	}

	/** The same settings with the {@code rustok-dev-cli} client in every new realm. */
	public ProvisioningSettings withDevPasswordGrantClient() {
		return new ProvisioningSettings(this.keycloakUrl, this.keycloakAdminUsername, this.keycloakAdminPassword,
				this.platformDomain, this.publicAddress, true, this.keycloakPublicUrl);
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String toString() {
		return "ProvisioningSettings[keycloakUrl=" + this.keycloakUrl + ", keycloakAdminUsername="
				+ this.keycloakAdminUsername + ", platformDomain=" + this.platformDomain + ", publicAddress="
				+ this.publicAddress + ", devPasswordGrantClient=" + this.devPasswordGrantClient
				+ ", keycloakPublicUrl=" + this.keycloakPublicUrl + "]";
	}

}
