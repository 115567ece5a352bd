package dev.rustok.runtime.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.events.EventEnvelope;
import dev.rustok.runtime.outbox.EventTypes.EventType;
import org.slf4j.MDC;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores every published {@link DomainEvent} in the outbox of the shard the writing
 * transaction is on, on that transaction's connection (docs/adr/0054): the event commits
 * with the change or not at all. A synchronous listener, so it runs before the
 * publisher's method returns; publishing outside a transaction is refused, since the row
 * would then outlive a change that rolls back.
 */
@Component
class OutboxWriter {

	private final JooqOutbox outbox;

	private final EventCodec codec;

	OutboxWriter(JooqOutbox outbox, EventCodec codec) {
		this.outbox = outbox;
		this.codec = codec;
	}

	@EventListener
	void store(DomainEvent event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"an event is published inside the transaction of its change: " + event.getClass().getSimpleName());
		}
		EventType type = this.codec.typeOf(event);
		Instant now = Instant.now();
		UUID id = TimeOrderedIds.at(now);
		EventContext cause = EventContext.CURRENT.isBound() ? EventContext.CURRENT.get() : null;
		UUID correlation = (cause != null) ? cause.correlationId() : requestCorrelation(id);
		UUID causation = (cause != null) ? cause.causationId() : null;
		EventEnvelope envelope = new EventEnvelope(id, event.tenantId(), type.name(), type.version(),
				event.aggregateType(), event.aggregateId(), event.aggregateVersion(), now, correlation, causation,
				event);
		this.outbox.append(envelope, this.codec.write(event));
	}

	// the request id (RequestIdFilter) ties every event of one request together
	private static UUID requestCorrelation(UUID fallback) {
		String requestId = MDC.get("requestId");
		if (requestId == null || requestId.isBlank()) {
			return fallback;
		}
		try {
			return UUID.fromString(requestId);
		}
		catch (IllegalArgumentException notAUuid) {
			return UUID.nameUUIDFromBytes(requestId.getBytes(StandardCharsets.UTF_8));
		}
	}

}
