package dev.rustok.runtime.webhooks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.ShopPlans;
import dev.rustok.runtime.webhooks.CallOutcome.Delivered;
import dev.rustok.runtime.webhooks.CallOutcome.Failed;
import dev.rustok.runtime.webhooks.CallOutcome.NotCalled;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code rustok.webhooks.deliveries}: one timing per attempt (its latency; zero when the
 * breaker kept it from being sent), tagged by outcome and the shop's plan, never by shop
 * or endpoint: thousands of shops would make thousands of series (docs/adr/0087, as 0045
 * at the gateway).
 */
final class DeliveryMeters {

	static final String NAME = "rustok.webhooks.deliveries";

	private final MeterRegistry meters;

	private final ShopPlans plans;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	DeliveryMeters(MeterRegistry meters, ShopPlans plans) {
		this.meters = meters;
		this.plans = plans;
	}

	void attempted(Tenant tenant, CallOutcome outcome) {
		switch (outcome) {
			case Delivered(int status, int latency) -> timer(tenant, "delivered").record(Duration.ofMillis(latency));
			case Failed(Integer status, int latency, String error) ->
				timer(tenant, "failed").record(Duration.ofMillis(latency));
			case NotCalled(Duration retryIn, String reason) -> timer(tenant, "not-called").record(Duration.ZERO);
		}
	}

	private Timer timer(Tenant tenant, String outcome) {
		String found = this.plans.planOf(tenant.id());
		String plan = (found != null) ? found : "none";
		return this.timers.computeIfAbsent(plan + '/' + outcome,
				(key) -> Timer.builder(NAME)
					.description("Webhook delivery attempts and their latency, by outcome")
					.tag("plan", plan)
					.tag("outcome", outcome)
					.register(this.meters));
	}

}
