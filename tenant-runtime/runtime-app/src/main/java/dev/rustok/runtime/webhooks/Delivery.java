package dev.rustok.runtime.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * One event sent (or to be sent) to one endpoint, with the outcome of its last attempt.
 *
 * @param lastStatusCode the receiver's answer, {@code null} when none came (time-out,
 * refused connection)
 */
record Delivery(UUID id, long seq, UUID endpointId, UUID eventId, String eventType, DeliveryStatus status, int attempts,
		Integer lastStatusCode, Integer lastLatencyMs, String lastError, Instant nextAttemptAt, Instant createdAt,
		Instant updatedAt) {

}
