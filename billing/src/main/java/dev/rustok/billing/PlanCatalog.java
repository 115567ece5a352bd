package dev.rustok.billing;

import java.util.EnumMap;
import java.util.Map;

/**
 * The quota of every plan. Built from {@link PlanCatalogProperties}, whose unset values
 * fall back to {@link #defaults()}.
 */
public final class PlanCatalog {

	private final Map<Plan, Quota> quotas;

	PlanCatalog(Map<Plan, Quota> quotas) {
		for (Plan plan : Plan.values()) {
			if (!quotas.containsKey(plan)) {
				throw new IllegalArgumentException("no quota for plan " + plan.code());
			}
		}
		this.quotas = Map.copyOf(quotas);
	}

	/** Values that run a small shop locally; deployments set their own. */
	public static PlanCatalog defaults() {
		Map<Plan, Quota> quotas = new EnumMap<>(Plan.class);
		// a storefront page with its styles, scripts and images is tens of requests
		// within a second: the burst must admit a few shoppers loading pages at once
		quotas.put(Plan.TRIAL, new Quota(1_200, 300, 100, 50, 1));
		quotas.put(Plan.BASIC, new Quota(6_000, 1_200, 200, 1_000, 5));
		quotas.put(Plan.PRO, new Quota(24_000, 4_800, 500, 10_000, 20));
		quotas.put(Plan.ENTERPRISE, new Quota(120_000, 24_000, 2_000, 100_000, 100));
		return new PlanCatalog(quotas);
	}

	public Quota quota(Plan plan) {
		return this.quotas.get(plan);
	}

	/**
	 * The quota for a plan code as it travels on a route. An unknown code (a route
	 * written by a newer control plane, or tampered with in the cluster) gets the trial
	 * quota, the smallest, never more than the shop paid for.
	 */
	public Quota quotaForCode(String code) {
		return quota(Plan.find(code).orElse(Plan.TRIAL));
	}

}
