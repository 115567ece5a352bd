package dev.rustok.gateway.routing;

import java.util.Locale;

import dev.rustok.controlplane.api.PlatformHosts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own domain: storefronts live at {@code <slug>.<domain>}, the portal at
 * {@code portal.<domain>}, the admin console at {@code console.<domain>} and Keycloak's
 * sign-in pages at {@code auth.<domain>}.
 *
 * @param domain the platform domain, for example {@code localhost} or {@code rustok.dev}
 */
@ConfigurationProperties("rustok.platform")
public record PlatformProperties(@DefaultValue("localhost") String domain) {

	public PlatformProperties {
		domain = domain.toLowerCase(Locale.ROOT);
	}

	public String portalHost() {
		return new PlatformHosts(this.domain).portal();
	}

	public String consoleHost() {
		return new PlatformHosts(this.domain).console();
	}

	public String authHost() {
		return new PlatformHosts(this.domain).auth();
	}

}
