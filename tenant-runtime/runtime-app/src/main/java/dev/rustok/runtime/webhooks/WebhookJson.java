package dev.rustok.runtime.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The webhook admin API's request and response bodies. */
final class WebhookJson {

	private WebhookJson() {
	}

	/** An endpoint as a merchant sets it. */
	record EndpointJson(String url, String description, Set<String> eventTypes) {

		EndpointDraft draft() {
			return new EndpointDraft(this.url, this.description, this.eventTypes);
		}

	}

	/** An endpoint as stored; the secret is never part of it. */
	record EndpointView(UUID id, String url, String description, Set<String> eventTypes, boolean enabled,
			String disabledReason, Instant disabledAt, int consecutiveFailures, Instant createdAt, Instant updatedAt) {

		static EndpointView of(Endpoint endpoint) {
			return new EndpointView(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.eventTypes(),
					endpoint.enabled(), endpoint.disabledReason(), endpoint.disabledAt(),
					endpoint.consecutiveFailures(), endpoint.createdAt(), endpoint.updatedAt());
		}

	}

	/** A new endpoint with its signing secret, shown this once. */
	record CreatedView(EndpointView endpoint, String secret) {

	}

	record SecretView(String secret) {

	}

	record EndpointsView(List<EndpointView> items) {

	}

	record EventTypesView(List<String> items) {

	}

	record DeliveryView(UUID id, UUID eventId, String eventType, String status, int attempts, Integer lastStatusCode,
			Integer lastLatencyMs, String lastError, Instant nextAttemptAt, Instant createdAt, Instant updatedAt) {

		static DeliveryView of(Delivery delivery) {
			return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status().code(),
					delivery.attempts(), delivery.lastStatusCode(), delivery.lastLatencyMs(), delivery.lastError(),
					delivery.nextAttemptAt(), delivery.createdAt(), delivery.updatedAt());
		}

	}

	record DeliveryPageView(List<DeliveryView> items, String next) {

	}

	record DeliveryDetailView(DeliveryView delivery, List<Attempt> attempts) {

	}

}
