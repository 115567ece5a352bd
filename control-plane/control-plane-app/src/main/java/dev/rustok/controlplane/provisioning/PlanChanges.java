package dev.rustok.controlplane.provisioning;

import java.util.Arrays;
import java.util.List;

import dev.rustok.billing.Plan;
import dev.rustok.controlplane.FieldError;
import dev.rustok.controlplane.InvalidRequest;
import dev.rustok.controlplane.NotFound;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.ProvisioningFailed;
import dev.rustok.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * A platform admin puts a shop on another plan: the registry records it, and a routed
 * shop's route is republished at once, so every gateway limits it by the new plan as soon
 * as its near cache is invalidated (docs/adr/0042-plans-travel-on-the-route.md).
 */
@Service
public class PlanChanges {

	private static final Logger log = LoggerFactory.getLogger(PlanChanges.class);

	private static final String PLAN_CODES = String.join(", ", Arrays.stream(Plan.values()).map(Plan::code).toList());

	private final TenantRegistry registry;

	private final TenantProvisioning provisioning;

	PlanChanges(TenantRegistry registry, TenantProvisioning provisioning) {
		this.registry = registry;
		this.provisioning = provisioning;
	}

	/**
	 * Puts the shop on the plan with the given code.
	 * @return the shop as it is now
	 * @throws InvalidRequest when no plan has this code (field {@code plan})
	 * @throws NotFound when no tenant has this slug
	 */
	public Tenant change(String slug, String planCode, String admin) {
		Plan plan = Plan.find(planCode)
			.orElseThrow(() -> new InvalidRequest(List.of(new FieldError("plan", "must be one of " + PLAN_CODES))));
		if (!this.registry.changePlan(slug, plan.code())) {
			throw new NotFound("No shop has the slug '" + slug + "'");
		}
		Tenant tenant = this.registry.find(slug).orElseThrow(() -> new NotFound("No shop has the slug '" + slug + "'"));
		log.info("Platform admin {} put tenant {} on plan {}", admin, slug, plan.code());
		switch (tenant.status()) {
			case ACTIVE -> republish(tenant, TenantStatus.ACTIVE);
			case SUSPENDED -> republish(tenant, TenantStatus.SUSPENDED);
			// provisioning publishes the route from the registry when it completes
			case PROVISIONING, FAILED -> {
			}
		}
		return tenant;
	}

	private void republish(Tenant tenant, TenantStatus status) {
		try {
			this.provisioning.publishRoute(tenant.order(), status,
					(tenant.shard() != null) ? tenant.shard() : TenantRoute.DEFAULT_SHARD);
		}
		catch (ProvisioningFailed ex) {
			// the registry holds the new plan: the route reconciler publishes it on its
			// next pass (ADR 0011)
			log.warn("Could not republish the route of tenant {} with its new plan; the reconciler will", tenant.slug(),
					ex);
		}
	}

}
