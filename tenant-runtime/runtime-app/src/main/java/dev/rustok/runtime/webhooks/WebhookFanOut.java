package dev.rustok.runtime.webhooks;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.events.EventEnvelope;
import dev.rustok.runtime.events.EventHandler;
import dev.rustok.runtime.shared.Tenant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns each event into one pending delivery per enabled endpoint of the shop subscribed
 * to its type, in the relay's transaction (docs/adr/0055): the deliveries commit with the
 * handler's receipt or not at all, and no remote call happens here. The body is built
 * once: {@code {"id", "type", "timestamp", "shop", "data"}}.
 */
final class WebhookFanOut implements EventHandler {

	private final JooqEndpoints endpoints;

	private final JooqDeliveries deliveries;

	private final JooqDueShops due;

	private final Clock clock;

	// its own mapper, as the outbox's: web JSON settings must not change what is sent
	private final JsonMapper json = JsonMapper.builder().build();

	WebhookFanOut(JooqEndpoints endpoints, JooqDeliveries deliveries, JooqDueShops due, Clock clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.due = due;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "webhooks.fan-out";
	}

	@Override
	public void handle(Tenant tenant, EventEnvelope event) {
		List<UUID> subscribers = subscribers(tenant, event.type());
		if (subscribers.isEmpty()) {
			return;
		}
		String body = body(tenant, event);
		for (UUID endpoint : subscribers) {
			this.deliveries.insertPending(tenant, endpoint, event.id(), event.type(), body, this.clock.instant());
		}
		this.due.dueNow(tenant.id().value());
	}

	/**
	 * The shop's endpoints for the type, read once per transaction: the relay hands a
	 * handler a whole batch in one (docs/adr/0116), mostly events of a few shops and
	 * types, and most shops have no endpoint at all.
	 */
	private List<UUID> subscribers(Tenant tenant, String type) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return this.endpoints.subscribers(tenant, type);
		}
		@SuppressWarnings("unchecked")
		Map<List<String>, List<UUID>> read = (Map<List<String>, List<UUID>>) TransactionSynchronizationManager
			.getResource(this);
		if (read == null) {
			Map<List<String>, List<UUID>> subscribers = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, subscribers);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(WebhookFanOut.this);
				}
			});
			read = subscribers;
		}
		return read.computeIfAbsent(List.of(tenant.schema(), type), (key) -> this.endpoints.subscribers(tenant, type));
	}

	private String body(Tenant tenant, EventEnvelope event) {
		ObjectNode data = this.json.valueToTree(event.payload());
		// the shop is said once, at the top, as a plain string
		data.remove("tenantId");
		ObjectNode body = this.json.createObjectNode();
		body.put("id", event.id().toString());
		body.put("type", event.type());
		body.put("timestamp", event.occurredAt().toString());
		body.put("shop", tenant.id().value());
		body.set("data", data);
		return this.json.writeValueAsString(body);
	}

}
