package dev.rustok.gateway.routing;

import dev.rustok.controlplane.api.TenantRoute;

/** What the gateway does with a request, decided from its Host header alone. */
sealed interface HostResolution {

	/**
	 * {@code localhost} or a bare IP address: the gateway's own endpoints (actuator, on
	 * the management port) only.
	 */
	record GatewayItself() implements HostResolution {
	}

	/** Portal and console hosts: forwarded to the control plane. */
	record ControlPlane() implements HostResolution {
	}

	/**
	 * {@code auth.<domain>}: the shops' sign-in pages and token endpoints, forwarded to
	 * Keycloak (docs/adr/0091).
	 */
	record IdentityProvider() implements HostResolution {
	}

	/**
	 * An active tenant's host: forwarded to the runtime pool with the signed tenant
	 * header.
	 */
	record ServedTenant(TenantRoute route) implements HostResolution {
	}

	/** A suspended tenant's host: answered 503 by the gateway. */
	record SuspendedTenant(TenantRoute route) implements HostResolution {
	}

	/** No tenant lives here: answered 404 by the gateway. */
	record UnknownHost() implements HostResolution {
	}

}
