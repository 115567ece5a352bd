package dev.rustok.controlplane.console;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.registry.Tenant;

/**
 * One tenant as a line of the console's table.
 *
 * @param createdAt in UTC, to the minute
 * @param createdAtIso the same instant in ISO 8601, for machines
 * @param storefrontUrl present only while the shop is served ({@code ACTIVE})
 */
record TenantRow(String slug, String shopName, String status, String plan, String createdAt, String createdAtIso,
		String storefrontUrl) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	static TenantRow of(Tenant tenant, PlatformProperties platform) {
		return new TenantRow(tenant.slug(), tenant.shopName(), tenant.status().name(), tenant.plan(),
				MINUTES.format(tenant.createdAt()), tenant.createdAt().toString(),
				(tenant.status() == Tenant.Status.ACTIVE) ? platform.storefrontUrl(tenant.slug()) : null);
	}

}
