package dev.rustok.gateway.edge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which pages may call which hosts' APIs from a browser (docs/adr/0052). Pages of a host
 * itself always may; each rule names further origins for one host, exactly: no wildcard,
 * no pattern, no {@code null}.
 *
 * @param hosts the rules, at most one per host
 */
@ConfigurationProperties("rustok.gateway.cors")
public record CorsProperties(@DefaultValue List<HostOrigins> hosts) {

	public CorsProperties {
		hosts = List.copyOf(hosts);
		long distinct = hosts.stream().map(HostOrigins::host).distinct().count();
		if (distinct != hosts.size()) {
			throw new IllegalArgumentException("rustok.gateway.cors.hosts names a host twice");
		}
	}

	/** The further origins of each host. */
	Map<String, List<String>> originsByHost() {
		return this.hosts.stream().collect(Collectors.toUnmodifiableMap(HostOrigins::host, HostOrigins::origins));
	}

	/**
	 * @param host a host name, as clients send it in {@code Host} (without the port)
	 * @param origins the origins whose pages may call it: {@code http} or {@code https},
	 * a host and an optional port, nothing else
	 */
	public record HostOrigins(String host, @DefaultValue List<String> origins) {

		public HostOrigins {
			if (host == null || host.isBlank() || host.contains("*") || host.contains(":")) {
				throw new IllegalArgumentException("a CORS rule names one host, without port or wildcard: " + host);
			}
			host = host.toLowerCase(Locale.ROOT);
			origins = origins.stream().map(HostOrigins::exactOrigin).toList();
		}

		private static String exactOrigin(String origin) {
			try {
				URI uri = new URI(origin);
				boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
				boolean bare = uri.getHost() != null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
						&& uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
				if (web && bare && !origin.contains("*")) {
					return origin.toLowerCase(Locale.ROOT);
				}
			}
			catch (URISyntaxException ex) {
				// refused below
			}
			throw new IllegalArgumentException(
					"a CORS origin is http(s)://host[:port], without path or wildcard: " + origin);
		}

	}

}
