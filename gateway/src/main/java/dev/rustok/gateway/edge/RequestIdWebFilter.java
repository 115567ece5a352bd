package dev.rustok.gateway.edge;

import dev.rustok.controlplane.api.RequestIds;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an {@code X-Request-Id} before anything else looks at it: the
 * client's when well-formed, a new one otherwise. The id is forwarded to the service
 * behind, returned on the response and written in the gateway's problem bodies.
 */
@Component
class RequestIdWebFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(RequestIds.KEY, id);
		exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
		// a service behind echoes the id, and the proxied answer's headers are added to
		// these: set once more as the answer leaves, so it carries the id once
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
			return Mono.empty();
		});
		// forwarded by routing.EdgeRequestHeaders from the attribute: no copy of the
		// request
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		// right after the security headers, before any refusal: every answer carries it
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
