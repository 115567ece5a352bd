package dev.rustok.controlplane.console;

import java.time.Instant;
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
 * @param failureCode the public reason of the last failure, if any
 * @param failureDetails its internal details, shown to platform admins only
 * @param nextAttemptAt when provisioning is tried again by itself, in UTC to the second
 * @param canRetry whether the retry button is offered (failed or retrying)
 * @param canAbandon whether the abandon button is offered (failed)
 * @param database where the tenant's schema lives and its version, for example
 * {@code default · v4}; {@code null} before provisioning migrated it
 */
record TenantRow(String slug, String shopName, String status, String plan, String createdAt, String createdAtIso,
		String storefrontUrl, String failureCode, String failureDetails, int attempts, String nextAttemptAt,
		boolean canRetry, boolean canAbandon, String database) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	static TenantRow of(Tenant tenant, PlatformProperties platform) {
		boolean failed = tenant.status() == Tenant.Status.FAILED;
		boolean retrying = tenant.status() == Tenant.Status.PROVISIONING && tenant.failureCode() != null;
		return new TenantRow(tenant.slug(), tenant.shopName(), tenant.status().name(), tenant.plan(),
				MINUTES.format(tenant.createdAt()), tenant.createdAt().toString(),
				(tenant.status() == Tenant.Status.ACTIVE) ? platform.storefrontUrl(tenant.slug()) : null,
				(tenant.failureCode() != null) ? tenant.failureCode().code() : (failed ? "internal-error" : null),
				tenant.failureReason(), tenant.attempts(), format(tenant.nextAttemptAt()), failed || retrying, failed,
				database(tenant));
	}

	private static String database(Tenant tenant) {
		if (tenant.shard() == null) {
			return null;
		}
		return tenant.shard() + ((tenant.schemaVersion() != null) ? " · v" + tenant.schemaVersion() : "");
	}

	private static String format(Instant instant) {
		return (instant != null) ? SECONDS.format(instant) : null;
	}

}
