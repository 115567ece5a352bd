package dev.rustok.gateway.routing;

import dev.rustok.controlplane.api.TenantRoute;
import reactor.core.publisher.Mono;

/** The tenant routes the gateway knows, keyed by storefront host. */
public interface TenantRoutes {

	/**
	 * The route published for a host.
	 * @param host lower case, without port
	 * @return the route, or empty when no tenant lives at this host
	 */
	Mono<TenantRoute> findByHost(String host);

}
