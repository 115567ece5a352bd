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
 * @param failureReason why provisioning stopped, when {@link Status#FAILED}
 */
public record Tenant(String slug, String shopName, String ownerEmail, OwnerPassword ownerPassword, String plan,
		Status status, ProvisioningStep lastCompletedStep, String failureReason, Instant createdAt, Instant updatedAt) {

	public enum Status {

		/** Signed up; provisioning is running or will be resumed at start-up. */
		PROVISIONING,
		/** Every provisioning step is done and the route is published. */
		ACTIVE,
		/** A provisioning step failed; {@link Tenant#failureReason} says why. */
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
