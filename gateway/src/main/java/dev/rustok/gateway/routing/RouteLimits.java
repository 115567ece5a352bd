package dev.rustok.gateway.routing;

import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;

/**
 * Filters that limit what reaches a backend (rate limits), added to both routes before
 * the request is signed and forwarded. Implemented outside {@code routing}, so routing
 * knows no limiter.
 */
public interface RouteLimits {

	/** Adds the limiting filters to a route's filters. */
	GatewayFilterSpec applyTo(GatewayFilterSpec filters);

}
