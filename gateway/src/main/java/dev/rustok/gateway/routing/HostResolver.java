package dev.rustok.gateway.routing;

import java.util.Set;
import java.util.regex.Pattern;

import dev.rustok.gateway.routing.HostResolution.ControlPlane;
import dev.rustok.gateway.routing.HostResolution.GatewayItself;
import dev.rustok.gateway.routing.HostResolution.IdentityProvider;
import dev.rustok.gateway.routing.HostResolution.ServedTenant;
import dev.rustok.gateway.routing.HostResolution.SuspendedTenant;
import dev.rustok.gateway.routing.HostResolution.UnknownHost;
import reactor.core.publisher.Mono;

/** Decides from a normalised host where a request goes. */
class HostResolver {

	// no tenant lives at localhost or a bare IP address: these reach the gateway itself,
	// for the launcher's readiness checks on 127.0.0.1 and for Kubernetes probes, which
	// send the pod's IP
	private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+]");

	private final Set<String> controlPlaneHosts;

	private final String authHost;

	private final TenantRoutes routes;

	HostResolver(PlatformProperties platform, TenantRoutes routes) {
		this.controlPlaneHosts = Set.of(platform.portalHost(), platform.consoleHost());
		this.authHost = platform.authHost();
		this.routes = routes;
	}

	Mono<HostResolution> resolve(String host) {
		if (host.equals("localhost") || IP_ADDRESS.matcher(host).matches()) {
			return Mono.just(new GatewayItself());
		}
		if (this.controlPlaneHosts.contains(host)) {
			return Mono.just(new ControlPlane());
		}
		if (this.authHost.equals(host)) {
			return Mono.just(new IdentityProvider());
		}
		return this.routes.findByHost(host)
			.<HostResolution>map((route) -> route.isServed() ? new ServedTenant(route) : new SuspendedTenant(route))
			.defaultIfEmpty(new UnknownHost());
	}

}
