package dev.rustok.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules that find an {@link Ambiguity}. The gateway decides from the raw path (the
 * actuator is not routed, a tenant's host goes to the runtime), the servers behind it
 * normalise the path again: {@code //actuator/health} and {@code /actuator;x/health} were
 * "not actuator" to the gateway and actuator to the runtime. So any path that
 * normalisation could change is refused rather than guessed at. The query string is not
 * part of the path and is left alone.
 */
final class AmbiguousRequests {

	// RFC 3986 reg-name restricted to DNS letters, or an IP literal, then an optional
	// port
	private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?");

	private static final Pattern ENCODED_CONTROL = Pattern.compile("%(0[0-9a-f]|1[0-9a-f]|7f)");

	private AmbiguousRequests() {
	}

	/**
	 * @param hosts every Host header line the request carried
	 * @param rawPath the path as received, percent-encoding intact
	 * @return the first ambiguity found, or empty when the request reads one way only
	 */
	static Optional<Ambiguity> find(List<String> hosts, String rawPath) {
		return ofHost(hosts).or(() -> ofPath(rawPath));
	}

	// RFC 9112 section 3.2: a request without Host, with several, or with an invalid one
	// gets a 400
	static Optional<Ambiguity> ofHost(List<String> hosts) {
		if (hosts == null || hosts.isEmpty()) {
			return Optional.of(Ambiguity.ofHost("The request names no Host"));
		}
		if (hosts.size() > 1) {
			return Optional.of(Ambiguity.ofHost("The request names more than one Host"));
		}
		if (!HOST.matcher(hosts.getFirst().strip()).matches()) {
			return Optional.of(Ambiguity.ofHost("The Host header is not a host name with an optional port"));
		}
		return Optional.empty();
	}

	static Optional<Ambiguity> ofPath(String rawPath) {
		String path = rawPath.toLowerCase(Locale.ROOT);
		if (path.contains("//")) {
			return Optional.of(Ambiguity.ofPath("The path contains an empty segment (//)"));
		}
		if (path.contains(";")) {
			return Optional.of(Ambiguity.ofPath("The path contains a ';' (matrix parameters)"));
		}
		if (path.contains("\\") || path.contains("%5c")) {
			return Optional.of(Ambiguity.ofPath("The path contains a backslash"));
		}
		if (path.contains("%2f")) {
			return Optional.of(Ambiguity.ofPath("The path contains an encoded slash (%2F)"));
		}
		if (path.contains("%25")) {
			return Optional.of(Ambiguity.ofPath("The path contains an encoded percent sign (%25)"));
		}
		if (ENCODED_CONTROL.matcher(path).find() || path.chars().anyMatch(Character::isISOControl)) {
			return Optional.of(Ambiguity.ofPath("The path contains a control character"));
		}
		for (String segment : path.split("/", -1)) {
			String decoded = segment.replace("%2e", ".");
			if (decoded.equals(".") || decoded.equals("..")) {
				return Optional.of(Ambiguity.ofPath("The path contains a '.' or '..' segment"));
			}
		}
		return Optional.empty();
	}

}
