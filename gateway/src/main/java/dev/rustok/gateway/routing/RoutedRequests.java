package dev.rustok.gateway.routing;

import java.util.Optional;

import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.gateway.routing.HostResolution.ControlPlane;
import dev.rustok.gateway.routing.HostResolution.IdentityProvider;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;

import org.springframework.web.server.ServerWebExchange;

/**
 * What the host resolution decided for a request, for the filters that run on a route
 * (rate limits, token checks).
 */
public final class RoutedRequests {

	private RoutedRequests() {
	}

	/** The route of the served shop this request goes to, empty for any other host. */
	public static Optional<TenantRoute> servedTenant(ServerWebExchange exchange) {
		return (HostResolutionWebFilter.of(exchange) instanceof ServedTenant(var route)) ? Optional.of(route)
				: Optional.empty();
	}

	/** Whether this request goes to the control plane (portal, console, signup API). */
	public static boolean toControlPlane(ServerWebExchange exchange) {
		return HostResolutionWebFilter.of(exchange) instanceof ControlPlane;
	}

	/**
	 * Whether this request goes to Keycloak on {@code auth.<domain>} (docs/adr/0091).
	 */
	public static boolean toIdentityProvider(ServerWebExchange exchange) {
		return HostResolutionWebFilter.of(exchange) instanceof IdentityProvider;
	}

}
