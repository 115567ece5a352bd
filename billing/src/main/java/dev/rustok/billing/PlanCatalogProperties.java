package dev.rustok.billing;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rustok.billing.plans.<code>.*}: overrides of the {@link PlanCatalog#defaults()},
 * value by value, for example
 * {@code rustok.billing.plans.pro.storefront-requests-per-minute=20000}.
 *
 * @param plans by plan code; an unknown code refuses the start
 */
@ConfigurationProperties("rustok.billing")
public record PlanCatalogProperties(Map<String, QuotaOverrides> plans) {

	public PlanCatalogProperties {
		plans = (plans != null) ? Map.copyOf(plans) : Map.of();
		plans.keySet().forEach((code) -> Plan.fromCode(code.toLowerCase(Locale.ROOT)));
	}

	/** The defaults with every configured value in place of its default. */
	public PlanCatalog catalog() {
		PlanCatalog defaults = PlanCatalog.defaults();
		Map<Plan, Quota> quotas = new EnumMap<>(Plan.class);
		for (Plan plan : Plan.values()) {
			quotas.put(plan, defaults.quota(plan));
		}
		this.plans.forEach((code, overrides) -> {
			Plan plan = Plan.fromCode(code.toLowerCase(Locale.ROOT));
			quotas.put(plan, overrides.applyTo(quotas.get(plan)));
		});
		return new PlanCatalog(quotas);
	}

	/** The values configured for one plan; {@code null} keeps the default. */
	public record QuotaOverrides(Integer storefrontRequestsPerMinute, Integer adminRequestsPerMinute,
			Integer burstPerSecond, Integer productsAllowed, Integer staffAccounts) {

		Quota applyTo(Quota quota) {
			return new Quota(or(this.storefrontRequestsPerMinute, quota.storefrontRequestsPerMinute()),
					or(this.adminRequestsPerMinute, quota.adminRequestsPerMinute()),
					or(this.burstPerSecond, quota.burstPerSecond()), or(this.productsAllowed, quota.productsAllowed()),
					or(this.staffAccounts, quota.staffAccounts()));
		}

		private static int or(Integer configured, int fallback) {
			return (configured != null) ? configured : fallback;
		}

	}

}
