package dev.rustok.runtime.webhooks;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A shop's webhook endpoint as stored, without its secret.
 *
 * @param disabledReason why it stopped receiving events; {@code null} while enabled
 * @param consecutiveFailures failed calls since the last success
 */
record Endpoint(UUID id, String url, String description, Set<String> eventTypes, boolean enabled, String disabledReason,
		Instant disabledAt, int consecutiveFailures, Instant createdAt, Instant updatedAt) {

}
