package dev.rustok.runtime.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;

/**
 * An event as the outbox stores and delivers it (docs/adr/0053).
 *
 * @param id time-ordered (UUID version 7), the same on every redelivery
 * @param type the stable name of the payload's record, for example
 * {@code catalog.ProductCreated}
 * @param schemaVersion the payload's shape when it was written; delivered payloads are
 * always upcast to the current shape
 * @param correlationId the request (or first event) the change started from
 * @param causationId the event whose handler made this change, {@code null} for a request
 */
public record EventEnvelope(UUID id, TenantId tenantId, String type, int schemaVersion, String aggregateType,
		UUID aggregateId, long aggregateVersion, Instant occurredAt, UUID correlationId, UUID causationId,
		DomainEvent payload) {

	public EventEnvelope {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(correlationId, "correlationId");
		Objects.requireNonNull(payload, "payload");
	}

}
