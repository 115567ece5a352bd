package dev.rustok.provisioning;

import java.util.Locale;

/**
 * How a browser reaches the platform's hosts: the scheme and port of the public URL (the
 * gateway's, or the load balancer's in front of it). A host's origin is built from it, so
 * a login can only ever return to an address the platform serves.
 *
 * @param scheme {@code http} or {@code https}
 * @param port the public port; the scheme's default port is left out of origins
 */
public record PublicAddress(String scheme, int port) {

	/** The dev gateway: {@code http://<host>:8080}. */
	public static final PublicAddress DEV = new PublicAddress("http", 8080);

	public PublicAddress {
		scheme = (scheme != null) ? scheme.toLowerCase(Locale.ROOT) : null;
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			throw new IllegalArgumentException("scheme must be http or https, not " + scheme);
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
		}
	}

	/**
	 * The exact origin of {@code host}, e.g. {@code https://acme.shops.example} or
	 * {@code http://acme.localhost:8080}.
	 */
	public String origin(String host) {
		boolean defaultPort = ("http".equals(this.scheme) && this.port == 80)
				|| ("https".equals(this.scheme) && this.port == 443);
		return this.scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + this.port);
	}

}
