package dev.rustok.controlplane.registry;

import java.time.Instant;

import dev.rustok.provisioning.OwnerPassword;
import dev.rustok.provisioning.ProvisioningStep;
import dev.rustok.provisioning.TenantOrder;

/**
 * A tenant as the registry knows it.
 *
 * @param ownerPassword the owner's hashed password, {@code null} once the realm holds it
 * @param lastCompletedStep the last provisioning step done, {@code null} before the first
 * @param failureCode why the last provisioning attempt failed, shown publicly;
 * {@code null} when none failed since the last success or admin retry
 * @param failureReason the details of that failure, for the log and the console only
 * @param attempts provisioning attempts that failed since the last admin retry
 * @param nextAttemptAt when the next automatic attempt is due, {@code null} when none is
 * @param shard the database holding the tenant's schema, {@code null} before provisioning
 * migrated it (docs/adr/0029-tenant-shards.md)
 * @param schemaVersion the version provisioning migrated the schema to, {@code null}
 * before (or when the schema predates the record)
 */
public record Tenant(String slug, String shopName, String ownerEmail, OwnerPassword ownerPassword, String plan,
		Status status, ProvisioningStep lastCompletedStep, FailureCode failureCode, String failureReason, int attempts,
		Instant nextAttemptAt, String shard, String schemaVersion, Instant createdAt, Instant updatedAt) {

	public enum Status {

		/**
		 * Signed up; provisioning is running, waits for its next attempt, or will be
		 * resumed at start-up.
		 */
		PROVISIONING,
		/** Every provisioning step is done and the route is published. */
		ACTIVE,
		/**
		 * Provisioning failed for good (every automatic attempt failed);
		 * {@link Tenant#failureCode} says why. A platform admin can retry or abandon it.
		 */
		FAILED,
		/** Stopped by a platform admin; routed to a "suspended" page. */
		SUSPENDED

	}

	public boolean isDone(ProvisioningStep step) {
		return this.lastCompletedStep != null && this.lastCompletedStep.compareTo(step) >= 0;
	}

	/** What provisioning needs to (re)build this tenant. */
	public TenantOrder order() {
		return new TenantOrder(this.slug, this.shopName, this.ownerEmail, this.ownerPassword, this.plan);
	}

}
