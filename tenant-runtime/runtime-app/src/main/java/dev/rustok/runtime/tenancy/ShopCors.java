package dev.rustok.runtime.tenancy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;

/**
 * The CORS policy of one shop: its APIs may be called from pages of the shop's own host
 * only (http or https, any port: the host is what the shop owns), and without
 * credentials, because the runtime authenticates by bearer token, never by cookie. See
 * docs/adr/0023.
 */
final class ShopCors extends CorsConfiguration {

	private final String host;

	ShopCors(String host) {
		this.host = host;
		setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Accept-Language"));
		setExposedHeaders(List.of("Location", "Retry-After"));
		setAllowCredentials(false);
		setMaxAge(600L);
	}

	@Override
	public String checkOrigin(String origin) {
		if (origin == null) {
			return null;
		}
		try {
			URI uri = new URI(origin);
			boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
			boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
					&& uri.getRawUserInfo() == null;
			return (web && bare && this.host.equalsIgnoreCase(uri.getHost())) ? origin : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
