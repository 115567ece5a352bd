package dev.rustok.controlplane.api;

import java.util.Locale;
import java.util.Objects;

/**
 * The host names under the platform's domain, as the gateway routes them and the control
 * plane and provisioning hand them out: a shop at {@code <tenant id>.<domain>}, the
 * signup portal at {@code portal.<domain>}, the admin console at
 * {@code console.<domain>}, the shops' sign-in pages (Keycloak, through the gateway) at
 * {@code auth.<domain>}.
 *
 * @param domain the platform domain, for example {@code localhost} or {@code rustok.dev};
 * kept in lower case
 */
public record PlatformHosts(String domain) {

	public PlatformHosts {
		Objects.requireNonNull(domain, "domain");
		domain = domain.toLowerCase(Locale.ROOT);
	}

	/** The storefront host of a tenant, without port. */
	public String storefront(String tenantId) {
		return tenantId + "." + this.domain;
	}

	public String portal() {
		return "portal." + this.domain;
	}

	public String console() {
		return "console." + this.domain;
	}

	/**
	 * Keycloak's login pages and token endpoint as browsers reach them, through the
	 * gateway (docs/adr/0091).
	 */
	public String auth() {
		return "auth." + this.domain;
	}

}
