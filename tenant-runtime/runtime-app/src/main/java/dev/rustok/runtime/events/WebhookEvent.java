package dev.rustok.runtime.events;

import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;

/**
 * What happened to a shop's webhook endpoints, published by {@code webhooks} in the
 * transaction of the change (docs/adr/0070).
 */
public sealed interface WebhookEvent extends DomainEvent {

	UUID endpointId();

	@Override
	default String aggregateType() {
		return "webhook_endpoint";
	}

	@Override
	default UUID aggregateId() {
		return endpointId();
	}

	/**
	 * The platform stopped sending to the endpoint after {@code failures} failed calls in
	 * a row; the merchant re-enables it once it is fixed.
	 */
	record EndpointDisabled(TenantId tenantId, UUID endpointId, String url, int failures,
			String reason) implements WebhookEvent {

	}

}
