package dev.rustok.gateway.edge;

import java.net.InetSocketAddress;
import java.util.Locale;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Whether the browser's connection was TLS: the gateway's own, or a trusted proxy's that
 * terminated TLS in front of it and says so with {@code X-Forwarded-Proto: https}. The
 * header counts only from the {@link TrustedProxies} (the same list that names the
 * client's address): from anyone else it is a claim of the client's, and HSTS on a
 * connection that is really plain HTTP would promise what the platform may not serve
 * (docs/adr/0092).
 */
final class TlsAtTheEdge {

	private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

	private final TrustedProxies trustedProxies;

	TlsAtTheEdge(TrustedProxies trustedProxies) {
		this.trustedProxies = trustedProxies;
	}

	boolean servedOverTls(ServerHttpRequest request) {
		return request.getSslInfo() != null || forwardedFromTls(request);
	}

	private boolean forwardedFromTls(ServerHttpRequest request) {
		if (this.trustedProxies.isEmpty()) {
			return false;
		}
		InetSocketAddress peer = request.getRemoteAddress();
		if (peer == null || peer.getAddress() == null || !this.trustedProxies.trusts(peer.getAddress())) {
			return false;
		}
		String proto = request.getHeaders().getFirst(FORWARDED_PROTO);
		if (proto == null) {
			return false;
		}
		// "https, http" when several proxies appended: the first is the client's side
		int comma = proto.indexOf(',');
		String first = ((comma >= 0) ? proto.substring(0, comma) : proto).trim().toLowerCase(Locale.ROOT);
		return first.equals("https");
	}

}
