package dev.rustok.runtime.tenancy;

import dev.rustok.runtime.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * The plan a shop is on, as its route carries it (docs/adr/0042): the control plane
 * republishes the route when the plan changes, so this follows within the near cache's
 * invalidation. A shop without a route has no plan ({@code null}); callers limit it as
 * the smallest.
 */
@Component
public class ShopPlans {

	private final TenantRoutes routes;

	ShopPlans(TenantRoutes routes) {
		this.routes = routes;
	}

	/**
	 * The plan's code, for example {@code basic}; {@code null} when the shop has no
	 * route.
	 */
	public String planOf(TenantId tenant) {
		return this.routes.find(tenant.value()).map((route) -> route.plan()).orElse(null);
	}

}
