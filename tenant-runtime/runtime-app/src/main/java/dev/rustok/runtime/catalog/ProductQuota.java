package dev.rustok.runtime.catalog;

import dev.rustok.billing.PlanCatalog;
import dev.rustok.billing.PlanCatalogProperties;
import dev.rustok.runtime.shared.QuotaExceeded;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.ShopPlans;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The "products allowed" of the shop's plan (docs/adr/0049), from the plan its route
 * carries and billing's catalogue ({@code rustok.billing.plans.*}, as the gateway reads
 * it). A shop without a known plan gets the smallest plan's allowance.
 */
@Component
@EnableConfigurationProperties(PlanCatalogProperties.class)
class ProductQuota {

	/**
	 * More creates than one shop can have in flight at once (each holds a database
	 * connection, and the runtimes' pools together hold far fewer): below the limit by
	 * more than this, no lock is needed.
	 */
	static final int IN_FLIGHT_MAX = 200;

	private final ShopPlans plans;

	private final PlanCatalog catalog;

	private final Products products;

	ProductQuota(ShopPlans plans, PlanCatalogProperties properties, Products products) {
		this.plans = plans;
		this.catalog = properties.catalog();
		this.products = products;
	}

	/**
	 * Called inside the creating transaction. Far from the limit a plain count decides,
	 * so creates of one shop do not queue behind each other; near it the count is taken
	 * again under a lock that concurrent creates of the shop wait for, so two of them
	 * cannot both take the last place.
	 * @throws QuotaExceeded when the shop already has as many products as its plan allows
	 */
	void checkRoomForOneMore(Tenant tenant) {
		String plan = this.plans.planOf(tenant.id());
		int allowed = this.catalog.quotaForCode(plan).productsAllowed();
		if (this.products.count(tenant) + IN_FLIGHT_MAX < allowed) {
			return;
		}
		if (this.products.countLockingCreates(tenant) >= allowed) {
			throw new QuotaExceeded("products", "title", allowed, (plan != null) ? plan : "unknown");
		}
	}

}
