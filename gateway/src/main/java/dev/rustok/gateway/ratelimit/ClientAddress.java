package dev.rustok.gateway.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.netty.util.NetUtil;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address of the client a request comes from: the peer, unless the peer is a trusted
 * proxy, in which case the last address in {@code X-Forwarded-For} that is not one. A
 * client can prepend anything to that header, so only entries appended by trusted proxies
 * count.
 */
final class ClientAddress {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final Set<String> trustedProxies;

	ClientAddress(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(ClientAddress::normalised).collect(Collectors.toSet());
	}

	/** The client's address in canonical form, or {@code unknown} without a peer. */
	String of(ServerHttpRequest request) {
		InetSocketAddress peer = request.getRemoteAddress();
		if (peer == null || peer.getAddress() == null) {
			return "unknown";
		}
		String address = peer.getAddress().getHostAddress();
		List<String> forwarded = request.getHeaders().getValuesAsList(FORWARDED_FOR);
		for (int i = forwarded.size() - 1; i >= 0 && this.trustedProxies.contains(address); i--) {
			String hop = forwarded.get(i).trim();
			if (!isIpLiteral(hop)) {
				// garbage from the client: the last trusted proxy's peer is all we know
				return address;
			}
			address = normalised(hop);
		}
		return address;
	}

	private static boolean isIpLiteral(String value) {
		return NetUtil.isValidIpV4Address(value) || NetUtil.isValidIpV6Address(value);
	}

	// parsed as a literal, never looked up in DNS (InetAddress.getByName would resolve
	// anything that is not a valid literal)
	private static String normalised(String address) {
		InetAddress parsed = isIpLiteral(address) ? NetUtil.createInetAddressFromIpAddressString(address) : null;
		if (parsed == null) {
			throw new IllegalArgumentException("not an IP address: '" + address + "'");
		}
		return parsed.getHostAddress();
	}

}
