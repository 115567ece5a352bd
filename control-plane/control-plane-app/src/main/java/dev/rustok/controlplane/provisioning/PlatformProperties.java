package dev.rustok.controlplane.provisioning;

import dev.rustok.controlplane.api.PlatformHosts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.platform.*}: where shops are reached.
 *
 * @param domain storefronts live at {@code <slug>.<domain>}
 * @param publicUrlPort the port shoppers use (the gateway's), shown in storefront links
 */
@ConfigurationProperties("rustok.platform")
public record PlatformProperties(@DefaultValue("localhost") String domain, @DefaultValue("8080") int publicUrlPort) {

	/** The URL a shopper opens to reach the shop with this slug. */
	public String storefrontUrl(String slug) {
		String port = (this.publicUrlPort == 80) ? "" : ":" + this.publicUrlPort;
		return "http://" + new PlatformHosts(this.domain).storefront(slug) + port + "/";
	}

	/**
	 * The shop admin, where a merchant lands after signup (signs in with the owner's
	 * email and password at the shop's own realm).
	 */
	public String adminUrl(String slug) {
		return storefrontUrl(slug) + "admin";
	}

}
