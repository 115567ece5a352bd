package dev.rustok.runtime.storefront;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.ShopPlans;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code rustok.storefront.cache} hits and misses, tagged by the shop's plan and the kind
 * of answer, never by shop: thousands of shops would make thousands of series
 * (docs/adr/0045 does the same at the gateway).
 */
final class CacheCounters {

	static final String NAME = "rustok.storefront.cache";

	private final MeterRegistry meters;

	private final ShopPlans plans;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	CacheCounters(MeterRegistry meters, ShopPlans plans) {
		this.meters = meters;
		this.plans = plans;
	}

	void hits(Tenant tenant, String kind, int count) {
		count(tenant, kind, "hit", count);
	}

	void misses(Tenant tenant, String kind, int count) {
		count(tenant, kind, "miss", count);
	}

	/** The cluster failed to answer and the read went to the read model. */
	void failed(Tenant tenant, String kind) {
		count(tenant, kind, "error", 1);
	}

	private void count(Tenant tenant, String kind, String result, int count) {
		if (count == 0) {
			return;
		}
		String plan = this.plans.planOf(tenant.id());
		String tag = (plan != null) ? plan : "none";
		this.counters
			.computeIfAbsent(tag + '/' + kind + '/' + result,
					(name) -> Counter.builder(NAME)
						.description("Storefront answers served from the shared cache (hit) or read (miss)")
						.tag("plan", tag)
						.tag("kind", kind)
						.tag("result", result)
						.register(this.meters))
			.increment(count);
	}

}
