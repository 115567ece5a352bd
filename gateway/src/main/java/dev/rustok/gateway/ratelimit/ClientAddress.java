package dev.rustok.gateway.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import dev.rustok.gateway.edge.TrustedProxies;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address of the client a request comes from: the peer, unless the peer is one of the
 * {@link TrustedProxies}, in which case the last address in {@code X-Forwarded-For} that
 * is not one. A client can prepend anything to that header, so only entries appended by
 * trusted proxies count.
 */
final class ClientAddress {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final TrustedProxies trustedProxies;

	ClientAddress(TrustedProxies trustedProxies) {
		this.trustedProxies = trustedProxies;
	}

	/** The client's address in canonical form, or {@code unknown} without a peer. */
	String of(ServerHttpRequest request) {
		InetSocketAddress peer = request.getRemoteAddress();
		if (peer == null || peer.getAddress() == null) {
			return "unknown";
		}
		InetAddress address = peer.getAddress();
		List<String> forwarded = request.getHeaders().getValuesAsList(FORWARDED_FOR);
		for (int i = forwarded.size() - 1; i >= 0 && this.trustedProxies.trusts(address); i--) {
			InetAddress hop = TrustedProxies.literal(forwarded.get(i).trim());
			if (hop == null) {
				// garbage from the client: the last trusted proxy's peer is all we know
				return address.getHostAddress();
			}
			address = hop;
		}
		return address.getHostAddress();
	}

}
