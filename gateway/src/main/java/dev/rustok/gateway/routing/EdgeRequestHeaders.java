package dev.rustok.gateway.routing;

import java.net.URI;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.RequestIds;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The headers the gateway vouches for, written on the request it sends on, whatever the
 * route: the request id of the edge, the host and scheme the client used, and for a
 * served tenant the tenant and the signature of this request (method, target as
 * forwarded, tenant, now), the only proof the runtime accepts that the gateway chose the
 * tenant (docs/adr/0005). Whatever tenant headers the client sent are dropped on every
 * route, and so is an RFC 7239 {@code Forwarded} header. Written while the outgoing
 * request is built, so each attempt of a retried request carries a signature of its own,
 * and the exchange is not copied to change its headers (docs/adr/0094).
 */
class EdgeRequestHeaders implements HttpHeadersFilter, Ordered {

	static final String FORWARDED_HOST = "X-Forwarded-Host";

	static final String FORWARDED_PROTO = "X-Forwarded-Proto";

	// RFC 7239's header, which the services would read before X-Forwarded-*: never passed
	// on, whoever sent it (docs/adr/0108)
	static final String FORWARDED = "Forwarded";

	private final TenantSignature signature;

	EdgeRequestHeaders(TenantSignature signature) {
		this.signature = signature;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders headers = new HttpHeaders();
		input.forEach((name, values) -> {
			if (!name.equalsIgnoreCase(GatewayHeaders.TENANT) && !name.equalsIgnoreCase(GatewayHeaders.TENANT_SIGNATURE)
					&& !name.equalsIgnoreCase(RequestIds.HEADER) && !name.equalsIgnoreCase(FORWARDED)) {
				headers.put(name, values);
			}
		});
		String requestId = exchange.getAttribute(RequestIds.KEY);
		if (requestId != null) {
			headers.set(RequestIds.HEADER, requestId);
		}
		// the host and scheme the shopper used, which the services build absolute links
		// and
		// sign-in redirects from: written by Spring Cloud Gateway for a trusted proxy's
		// request, and dropped with everything the client sent otherwise, so the gateway,
		// when it is the edge itself, says them
		if (!headers.containsHeader(FORWARDED_HOST)) {
			String host = exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST);
			if (host != null) {
				headers.set(FORWARDED_HOST, host);
			}
		}
		if (!headers.containsHeader(FORWARDED_PROTO)) {
			headers.set(FORWARDED_PROTO, exchange.getRequest().getURI().getScheme());
		}
		if (HostResolutionWebFilter.of(exchange) instanceof ServedTenant(var route)) {
			URI target = exchange.getRequest().getURI();
			headers.set(GatewayHeaders.TENANT, route.tenantId());
			headers.set(GatewayHeaders.TENANT_SIGNATURE,
					this.signature.sign(SignedRequest.of(exchange.getRequest().getMethod().name(), target.getRawPath(),
							target.getRawQuery(), route.tenantId())));
		}
		return headers;
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.REQUEST;
	}

	@Override
	public int getOrder() {
		// after the stock filters (hop-by-hop, forwarded): these headers are the last
		// word
		return Ordered.LOWEST_PRECEDENCE;
	}

}
