package dev.rustok.gateway.edge;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Adds the missing security headers to every response as it is committed: proxied pages
 * and APIs (after the backend's headers are copied in, so its own policy wins), the
 * gateway's problem pages and JSON, and the actuator. HSTS only when the browser's
 * connection was TLS ({@link TlsAtTheEdge}).
 */
@Component
class SecurityHeadersWebFilter implements WebFilter, Ordered {

	private final SecurityHeaders securityHeaders;

	private final TlsAtTheEdge tls;

	SecurityHeadersWebFilter(SecurityHeadersProperties properties, TrustedProxies trustedProxies) {
		this.securityHeaders = new SecurityHeaders(properties);
		this.tls = new TlsAtTheEdge(trustedProxies);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpResponse response = exchange.getResponse();
		response.beforeCommit(() -> {
			HttpHeaders headers = response.getHeaders();
			this.securityHeaders.addMissing(this.tls.servedOverTls(exchange.getRequest()), headers::containsHeader,
					headers::set);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		// first of all, so even a request refused before routing gets the headers
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
