package dev.rustok.runtime.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row as the relay claimed it: the envelope's fields, payload still JSON. */
record StoredEvent(long position, UUID id, String tenantId, String type, int schemaVersion, String aggregateType,
		UUID aggregateId, long aggregateVersion, Instant occurredAt, UUID correlationId, UUID causationId,
		String payload, int attempts) {

}
