package dev.rustok.runtime.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a shop may send its webhooks: {@code https} URLs without user info or fragment,
 * whose host resolves to public addresses only, so an endpoint cannot make the platform
 * call its own network (SSRF). {@code allowLocalTargets} (dev and tests) lifts both the
 * scheme and the address rule. Checked when an endpoint is saved and again before every
 * call, since what a name resolves to can change.
 */
final class WebhookTargets {

	static final int MAX_LENGTH = 2000;

	private final boolean allowLocalTargets;

	private final HostResolver resolver;

	WebhookTargets(boolean allowLocalTargets, HostResolver resolver) {
		this.allowLocalTargets = allowLocalTargets;
		this.resolver = resolver;
	}

	/** Looks a host name up; {@code InetAddress::getAllByName} outside tests. */
	@FunctionalInterface
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/** What is wrong with the URL for a merchant, or empty when it may be used. */
	Optional<String> refusal(String url) {
		if (url == null || url.isBlank()) {
			return Optional.of("is required: the https URL that receives the events");
		}
		if (url.length() > MAX_LENGTH) {
			return Optional.of("is longer than " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException notAUrl) {
			return Optional.of("is not a URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !(this.allowLocalTargets && scheme.equals("http"))) {
			return Optional.of("must be an https URL");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry a user name or password; authenticate with the signature");
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("must not have a fragment");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("must name a host");
		}
		return addressRefusal(uri.getHost());
	}

	private Optional<String> addressRefusal(String host) {
		if (this.allowLocalTargets) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException unknown) {
			return Optional.of("names a host that does not resolve: " + host);
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional
					.of("resolves to a loopback, private or link-local address, which webhooks may not call");
			}
		}
		return Optional.empty();
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24
			// protocol assignments, 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved
			return first != 0 && !(first == 100 && second >= 64 && second < 128)
					&& !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
					&& !(first == 198 && (second == 18 || second == 19)) && first < 240;
		}
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local; IPv4 inside IPv6 (::ffff:a.b.c.d, 64:ff9b::/96) is
			// judged by its IPv4 part
			if ((bytes[0] & 0xfe) == 0xfc) {
				return false;
			}
			if (isMappedIpv4(bytes) || isNat64(bytes)) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException impossible) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isMappedIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
	}

	private static boolean isNat64(byte[] bytes) {
		return (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
				&& (bytes[3] & 0xff) == 0x9b;
	}

}
