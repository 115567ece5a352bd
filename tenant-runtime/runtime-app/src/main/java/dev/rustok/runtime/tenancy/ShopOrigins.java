package dev.rustok.runtime.tenancy;

import dev.rustok.controlplane.api.TenantRoute;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * The CORS policy of the request's shop, from the host its route is published under; no
 * policy (so every cross-origin preflight is refused) for a request without a shop.
 */
class ShopOrigins implements CorsConfigurationSource {

	private final TenantRoutes routes;

	ShopOrigins(TenantRoutes routes) {
		this.routes = routes;
	}

	@Override
	public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		return CurrentTenant.of(request)
			.flatMap((tenant) -> this.routes.find(tenant.id().value()))
			.map(TenantRoute::host)
			.map(ShopCors::new)
			.orElse(null);
	}

}
