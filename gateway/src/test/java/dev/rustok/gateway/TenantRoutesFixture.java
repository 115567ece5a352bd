package dev.rustok.gateway;

import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantStatus;

/** Tenant routes the way provisioning publishes them, for a test platform domain. */
public final class TenantRoutesFixture {

	public static final String DOMAIN = "rustok.test";

	private TenantRoutesFixture() {
	}

	public static TenantRoute activeTenant(String slug) {
		return new TenantRoute(hostOf(slug), slug, TenantStatus.ACTIVE, "tenant-" + slug, "trial",
				"t_" + slug.replace('-', '_'));
	}

	public static TenantRoute suspendedTenant(String slug) {
		return activeTenant(slug).withStatus(TenantStatus.SUSPENDED);
	}

	public static String hostOf(String slug) {
		return slug + "." + DOMAIN;
	}

}
