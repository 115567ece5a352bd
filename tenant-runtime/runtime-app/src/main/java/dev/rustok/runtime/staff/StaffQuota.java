package dev.rustok.runtime.staff;

import java.util.List;

import dev.rustok.billing.PlanCatalog;
import dev.rustok.billing.PlanCatalogProperties;
import dev.rustok.runtime.shared.QuotaExceeded;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.ShopPlans;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The "staff accounts" of the shop's plan (docs/adr/0079): enabled staff besides one
 * owner, so a trial shop (1) has its owner and one more. Every enabled member beyond the
 * first owner counts, whatever their role, so promoting everyone to owner frees nothing.
 * The plan comes from the shop's route, the allowance from billing's catalogue, as for
 * products (docs/adr/0049).
 */
@Component
@EnableConfigurationProperties(PlanCatalogProperties.class)
class StaffQuota {

	static final String QUOTA = "staff accounts";

	private final ShopPlans plans;

	private final PlanCatalog catalog;

	StaffQuota(ShopPlans plans, PlanCatalogProperties properties) {
		this.plans = plans;
		this.catalog = properties.catalog();
	}

	/**
	 * Called under the shop's staff lock ({@link StaffWriteLock}), with the staff read
	 * after taking it.
	 * @param field the request's field that asks for one more enabled member
	 * @throws QuotaExceeded when one more would be over the plan's allowance
	 */
	void checkRoomForOneMore(Tenant tenant, List<StaffMember> members, String field) {
		String plan = this.plans.planOf(tenant.id());
		int allowed = this.catalog.quotaForCode(plan).staffAccounts();
		long enabled = members.stream().filter(StaffMember::enabled).count();
		// the one owner every shop has is not counted
		if (enabled - 1 >= allowed) {
			throw new QuotaExceeded(QUOTA, field, allowed, (plan != null) ? plan : "unknown");
		}
	}

}
