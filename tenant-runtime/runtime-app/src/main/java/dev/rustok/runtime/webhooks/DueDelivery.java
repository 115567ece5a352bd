package dev.rustok.runtime.webhooks;

import java.util.UUID;

/**
 * A delivery claimed for sending, with what the call needs from its endpoint.
 *
 * @param storedSecret the endpoint's secret as stored, sealed ({@link SealedSecrets})
 */
record DueDelivery(UUID id, UUID endpointId, String url, String storedSecret, UUID eventId, String body, int attempts) {

	@Override
	public String toString() {
		return "DueDelivery[id=" + this.id + ", endpointId=" + this.endpointId + "]";
	}

}
