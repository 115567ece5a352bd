package dev.rustok.gateway.routing;

import java.net.ConnectException;
import java.net.URI;

import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.gateway.problems.ProblemResponses;
import dev.rustok.gateway.routing.HostResolution.ControlPlane;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two routes, chosen by the {@link HostResolution} the web filter attached: control plane
 * hosts go to the control plane, served tenants round robin to the runtime pool. What the
 * gateway vouches for in the forwarded headers is written by {@link EdgeRequestHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClient(name = RuntimePool.SERVICE_ID, configuration = RuntimePool.class)
class GatewayRoutesConfiguration {

	@Bean
	HostResolutionWebFilter hostResolutionWebFilter(PlatformProperties platform, TenantRoutes routes,
			ProblemResponses problems) {
		return new HostResolutionWebFilter(new HostResolver(platform, routes), problems);
	}

	@Bean
	EdgeRequestHeaders edgeRequestHeaders(GatewayProperties properties) {
		return new EdgeRequestHeaders(new TenantSignature(properties.secret()));
	}

	@Bean
	RouteLocator gatewayRoutes(RouteLocatorBuilder builder, GatewayProperties properties,
			ObjectProvider<RouteGuards> routeGuards) {
		RouteGuards limits = (filters) -> {
			routeGuards.orderedStream().forEach((guard) -> guard.applyTo(filters));
			return filters;
		};
		int retries = properties.runtimeUrls().size();
		return builder.routes()
			.route("control-plane", (route) -> toControlPlane(route, limits, properties.controlPlaneUrl()))
			.route("tenant-runtime", (route) -> toRuntimePool(route, limits, retries))
			.build();
	}

	private static Buildable<Route> toControlPlane(PredicateSpec route, RouteGuards limits, URI controlPlaneUrl) {
		return route.predicate((exchange) -> HostResolutionWebFilter.of(exchange) instanceof ControlPlane)
			.filters(limits::applyTo)
			.uri(controlPlaneUrl);
	}

	// a request that met a node refusing connections never reached it: whatever its
	// method, it goes to another node (the Retry filter replays the cached body, and the
	// refusing node is already ejected); a failure after the request was sent is never
	// retried, so a write is applied at most once (ADR 0013)
	private static Buildable<Route> toRuntimePool(PredicateSpec route, RouteGuards limits, int retries) {
		return route.predicate((exchange) -> HostResolutionWebFilter.of(exchange) instanceof ServedTenant)
			.filters((filters) -> limits.applyTo(filters)
				.retry((retry) -> retry.setRetries(retries)
					.allMethods()
					.setSeries()
					.setExceptions(ConnectException.class)))
			.uri("lb://" + RuntimePool.SERVICE_ID);
	}

}
