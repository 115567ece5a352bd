package dev.rustok.runtime.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import dev.rustok.runtime.events.WebhookEvent;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.webhooks.CallOutcome.Delivered;
import dev.rustok.runtime.webhooks.CallOutcome.Failed;
import dev.rustok.runtime.webhooks.CallOutcome.NotCalled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Stores what an attempt came to, in one transaction on the shop's shard (the caller's):
 * the attempt in the log, the delivery's status or next attempt (backoff with jitter),
 * and the endpoint's run of failures; the call that makes the run reach
 * {@code disable-after} disables the endpoint, drops its pending deliveries and publishes
 * {@link WebhookEvent.EndpointDisabled} (docs/adr/0070).
 */
final class DeliveryResults {

	private static final Logger log = LoggerFactory.getLogger(DeliveryResults.class);

	private final JooqDeliveries deliveries;

	private final JooqEndpoints endpoints;

	private final ApplicationEventPublisher events;

	private final WebhookProperties properties;

	private final Clock clock;

	DeliveryResults(JooqDeliveries deliveries, JooqEndpoints endpoints, ApplicationEventPublisher events,
			WebhookProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	void record(Tenant tenant, DueDelivery delivery, Instant attemptedAt, CallOutcome outcome) {
		Instant now = this.clock.instant();
		int attempt = delivery.attempts() + 1;
		this.endpoints.lock(tenant, delivery.endpointId());
		switch (outcome) {
			case Delivered(int status, int latency) -> {
				this.deliveries.attempted(tenant, delivery.id(), attempt, attemptedAt, status, latency, null);
				this.deliveries.settled(tenant, delivery.id(), attempt, DeliveryStatus.DELIVERED, null, status, latency,
						null, now);
				this.endpoints.succeeded(tenant, delivery.endpointId());
			}
			case Failed(Integer status, int latency, String error) -> {
				this.deliveries.attempted(tenant, delivery.id(), attempt, attemptedAt, status, latency, error);
				boolean last = attempt >= this.properties.maxAttempts();
				Instant next = last ? null
						: now.plus(this.properties.retries().after(attempt, ThreadLocalRandom.current()));
				this.deliveries.settled(tenant, delivery.id(), attempt,
						last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, next, status, latency, error, now);
				this.endpoints.failed(tenant, delivery.endpointId())
					.filter((failures) -> failures >= this.properties.disableAfter())
					.ifPresent((failures) -> disable(tenant, delivery, failures, error, now));
			}
			case NotCalled(java.time.Duration retryIn, String reason) ->
				this.deliveries.postponed(tenant, delivery.id(), now.plus(retryIn), reason, now);
		}
	}

	private void disable(Tenant tenant, DueDelivery delivery, int failures, String error, Instant now) {
		String full = "Disabled after " + failures + " failed deliveries in a row; the last one: " + error;
		String reason = (full.length() > 500) ? full.substring(0, 500) : full;
		if (this.endpoints.disable(tenant, delivery.endpointId(), reason, now)) {
			int dropped = this.deliveries.abandonPending(tenant, delivery.endpointId(),
					"not sent: the endpoint was disabled", now);
			log.warn("Webhook endpoint {} of shop {} disabled after {} failures; {} pending deliveries dropped",
					delivery.endpointId(), tenant.id().value(), failures, dropped);
			this.events.publishEvent(new WebhookEvent.EndpointDisabled(tenant.id(), delivery.endpointId(),
					delivery.url(), failures, reason));
		}
	}

}
