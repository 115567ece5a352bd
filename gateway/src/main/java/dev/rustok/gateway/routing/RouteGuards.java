package dev.rustok.gateway.routing;

import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;

/**
 * Filters that decide whether a request may reach a backend at all (rate limits, token
 * checks), added to both routes before the request is signed and forwarded; each guard
 * lets through what is not its business. Implemented outside {@code routing}, so routing
 * knows no limiter and no token.
 */
public interface RouteGuards {

	/** Adds the guarding filters to a route's filters. */
	GatewayFilterSpec applyTo(GatewayFilterSpec filters);

}
