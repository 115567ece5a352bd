package dev.rustok.gateway.routing;

import java.net.URI;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.controlplane.api.TenantSignature.SignedRequest;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Replaces whatever tenant headers the client sent with the resolved tenant and the
 * signature of this request (method, target as forwarded, tenant, now), the only proof
 * the runtime accepts that the gateway chose the tenant (docs/adr/0005).
 */
class SignedTenantHeaders implements GatewayFilter {

	private final TenantSignature signature;

	SignedTenantHeaders(TenantSignature signature) {
		this.signature = signature;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!(HostResolutionWebFilter.of(exchange) instanceof ServedTenant(var route))) {
			throw new IllegalStateException("the tenant route matched a request without a served tenant");
		}
		String tenantId = route.tenantId();
		URI target = exchange.getRequest().getURI();
		String signature = this.signature.sign(SignedRequest.of(exchange.getRequest().getMethod().name(),
				target.getRawPath(), target.getRawQuery(), tenantId));
		ServerHttpRequest request = exchange.getRequest().mutate().headers((headers) -> {
			headers.remove(GatewayHeaders.TENANT);
			headers.remove(GatewayHeaders.TENANT_SIGNATURE);
			headers.set(GatewayHeaders.TENANT, tenantId);
			headers.set(GatewayHeaders.TENANT_SIGNATURE, signature);
		}).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

}
