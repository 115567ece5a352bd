package dev.rustok.gateway.routing;

import java.util.Locale;

/** The host a request names, normalised the way tenant routes are keyed. */
final class HostName {

	private HostName() {
	}

	/**
	 * Lower case, without port and without the trailing dot of a fully qualified name.
	 * @param hostHeader the raw Host header, may be {@code null}
	 * @return the host, empty when the request named none
	 */
	static String of(String hostHeader) {
		if (hostHeader == null) {
			return "";
		}
		String host = hostHeader.strip().toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			return (end > 0) ? host.substring(0, end + 1) : host;
		}
		int colon = host.indexOf(':');
		if (colon >= 0) {
			host = host.substring(0, colon);
		}
		return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
	}

}
