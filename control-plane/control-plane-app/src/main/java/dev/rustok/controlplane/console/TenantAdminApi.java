package dev.rustok.controlplane.console;

import java.security.Principal;
import java.time.Instant;

import dev.rustok.controlplane.NotFound;
import dev.rustok.controlplane.provisioning.FailedTenants;
import dev.rustok.controlplane.provisioning.PlanChanges;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform admins' API for tenants, with a bearer token of the platform realm (see
 * {@link ConsoleSecurity}): a tenant with the details of its last failure, retrying a
 * failed tenant, abandoning one, putting a tenant on another plan.
 */
@RestController
@RequestMapping(TenantAdminApi.PATH)
class TenantAdminApi {

	static final String PATH = ConsoleSecurity.ADMIN_API + "/tenants";

	private final TenantRegistry registry;

	private final FailedTenants failedTenants;

	private final PlanChanges planChanges;

	TenantAdminApi(TenantRegistry registry, FailedTenants failedTenants, PlanChanges planChanges) {
		this.registry = registry;
		this.failedTenants = failedTenants;
		this.planChanges = planChanges;
	}

	/**
	 * A tenant as platform admins see it, with the internal details of its last failure
	 * and where its schema lives at which version.
	 */
	record TenantDetails(String slug, String shopName, String status, String plan, String lastCompletedStep,
			String failureCode, String failureDetails, int attempts, Instant nextAttemptAt, String shard,
			String schemaVersion) {

		static TenantDetails of(Tenant tenant) {
			return new TenantDetails(tenant.slug(), tenant.shopName(), tenant.status().name(), tenant.plan(),
					(tenant.lastCompletedStep() != null) ? tenant.lastCompletedStep().name() : null,
					(tenant.failureCode() != null) ? tenant.failureCode().code() : null, tenant.failureReason(),
					tenant.attempts(), tenant.nextAttemptAt(), tenant.shard(), tenant.schemaVersion());
		}

	}

	@GetMapping("/{slug}")
	TenantDetails tenant(@PathVariable String slug) {
		return this.registry.find(slug)
			.map(TenantDetails::of)
			.orElseThrow(() -> new NotFound("No shop has the slug '" + slug + "'"));
	}

	/** The plan a platform admin puts a shop on, by its code. */
	record PlanChange(String plan) {

	}

	/**
	 * 200 with the shop on its new plan; the gateways limit it by that plan within
	 * seconds.
	 */
	@PutMapping("/{slug}/plan")
	TenantDetails changePlan(@PathVariable String slug, @RequestBody PlanChange change, Principal admin) {
		return TenantDetails.of(this.planChanges.change(slug, change.plan(), admin.getName()));
	}

	/** 202: provisioning runs again in the background. */
	@PostMapping("/{slug}/retry")
	ResponseEntity<Void> retry(@PathVariable String slug, Principal admin) {
		this.failedTenants.retry(slug, admin.getName());
		return ResponseEntity.accepted().build();
	}

	/** 204: the failed tenant and everything built for it are gone; its slug is free. */
	@DeleteMapping("/{slug}")
	ResponseEntity<Void> abandon(@PathVariable String slug, Principal admin) {
		this.failedTenants.abandon(slug, admin.getName());
		return ResponseEntity.noContent().build();
	}

}
