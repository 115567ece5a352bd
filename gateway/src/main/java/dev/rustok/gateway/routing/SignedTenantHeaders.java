package dev.rustok.gateway.routing;

import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Replaces whatever tenant headers the client sent with the resolved tenant and its
 * signature, the only proof the runtime accepts that the gateway chose the tenant.
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
		ServerHttpRequest request = exchange.getRequest().mutate().headers((headers) -> {
			headers.remove(GatewayHeaders.TENANT);
			headers.remove(GatewayHeaders.TENANT_SIGNATURE);
			headers.set(GatewayHeaders.TENANT, tenantId);
			headers.set(GatewayHeaders.TENANT_SIGNATURE, this.signature.sign(tenantId));
		}).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

}
