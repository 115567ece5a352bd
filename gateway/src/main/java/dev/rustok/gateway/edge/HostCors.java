package dev.rustok.gateway.edge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.springframework.web.cors.CorsConfiguration;

/**
 * The CORS policy of one host: pages of the host itself (http or https, any port: the
 * host is what its shop owns) and the origins configured for it may call its APIs,
 * without credentials, because the platform authenticates API calls by bearer token,
 * never by cookie (docs/adr/0052).
 */
final class HostCors extends CorsConfiguration {

	private final String host;

	private final List<String> configuredOrigins;

	HostCors(String host, List<String> configuredOrigins) {
		this.host = host;
		this.configuredOrigins = configuredOrigins;
		setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Accept-Language", "X-Request-Id"));
		setExposedHeaders(List.of("Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
				"RateLimit-Reset", "X-Request-Id"));
		setAllowCredentials(false);
		setMaxAge(600L);
	}

	@Override
	public String checkOrigin(String origin) {
		if (origin == null) {
			return null;
		}
		if (this.configuredOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
			return origin;
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
