package dev.rustok.runtime.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that failed {@code attempts} times and waits for a replay.
 *
 * @param payload the stored JSON, in the shape of {@code schemaVersion}
 * @param lastError the last handler failure, class and message
 */
public record DeadLetter(UUID id, String type, int schemaVersion, String aggregateType, UUID aggregateId,
		long aggregateVersion, Instant occurredAt, UUID correlationId, UUID causationId, String payload, int attempts,
		String lastError, Instant failedAt) {

}
