package dev.rustok.runtime.webhooks;

import java.util.UUID;

/** A delivery claimed for sending, with what the call needs from its endpoint. */
record DueDelivery(UUID id, UUID endpointId, String url, WebhookSecret secret, UUID eventId, String body,
		int attempts) {

}
