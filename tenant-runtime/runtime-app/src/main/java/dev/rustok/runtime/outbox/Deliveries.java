package dev.rustok.runtime.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.events.BatchEventHandler;
import dev.rustok.runtime.events.BatchEventHandler.Delivery;
import dev.rustok.runtime.events.EventEnvelope;
import dev.rustok.runtime.events.EventHandler;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a claimed batch to every handler that wants its events, one transaction per
 * handler for the whole batch (docs/adr/0116), or, when that fails, one claimed event at
 * a time, each handler in its own transaction with its receipt; the caller marks the
 * delivered events of a batch at once (docs/adr/0110). A failure leaves the event for a
 * later attempt with backoff, or in the dead letters once it has failed
 * {@code maxAttempts} times. Runs bound to the event's shard.
 */
final class Deliveries {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final JooqOutbox outbox;

	private final EventCodec codec;

	private final List<EventHandler> handlers;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	Deliveries(JooqOutbox outbox, EventCodec codec, List<EventHandler> handlers, TransactionTemplate transactions,
			OutboxProperties properties) {
		this.outbox = outbox;
		this.codec = codec;
		this.handlers = List.copyOf(handlers);
		this.transactions = transactions;
		this.properties = properties;
	}

	/**
	 * Delivers the whole batch at once: each handler, in order, takes every event of it
	 * that it wants in one transaction, with one statement for their receipts
	 * (docs/adr/0116). Whether every handler's transaction committed; the caller then
	 * marks them all delivered. When one fails nothing of its transaction stays, nor of
	 * the handlers after it, and the caller delivers the batch one event at a time
	 * ({@link #deliver}), whose receipts skip what the handlers before it committed: only
	 * the event that fails there is retried or dead-lettered. The events of a batch are
	 * heads of distinct aggregates, so their order within it is free.
	 */
	boolean deliverTogether(String shard, List<StoredEvent> batch) {
		List<Delivery> events = new ArrayList<>(batch.size());
		try {
			for (StoredEvent stored : batch) {
				events.add(new Delivery(tenant(stored.tenantId(), shard), envelope(stored)));
			}
			for (EventHandler handler : this.handlers) {
				List<Delivery> wanted = events.stream()
					.filter((event) -> handler.wants(event.event().payload()))
					.toList();
				if (!wanted.isEmpty()) {
					applyTogether(handler, wanted);
				}
			}
			return true;
		}
		catch (RuntimeException failure) {
			log.debug("Batch of {} events not delivered together, delivering them one by one: {}", batch.size(),
					failure.toString());
			return false;
		}
	}

	private void applyTogether(EventHandler handler, List<Delivery> events) {
		this.transactions.executeWithoutResult((status) -> {
			Set<UUID> fresh = this.outbox.firstTimeFor(handler.name(),
					events.stream()
						.map((event) -> new JooqOutbox.Receipt(event.event().id(), event.tenant().id().value()))
						.toList());
			List<Delivery> applied = events.stream().filter((event) -> fresh.contains(event.event().id())).toList();
			if (handler instanceof BatchEventHandler set) {
				set.handleAll(applied);
				return;
			}
			for (Delivery delivery : applied) {
				MDC.put("tenant", delivery.tenant().id().value());
				try {
					handle(handler, delivery.tenant(), delivery.event());
				}
				finally {
					MDC.remove("tenant");
				}
			}
		});
	}

	/**
	 * Whether the event was delivered to every handler that wants it; the caller then
	 * marks it delivered ({@link JooqOutbox#delivered}).
	 */
	boolean deliver(String shard, StoredEvent stored) {
		MDC.put("tenant", stored.tenantId());
		try {
			EventEnvelope event = envelope(stored);
			Tenant tenant = tenant(stored.tenantId(), shard);
			for (EventHandler handler : this.handlers) {
				// neither a transaction nor a receipt for an event the handler ignores
				if (handler.wants(event.payload())) {
					apply(handler, tenant, event);
				}
			}
			return true;
		}
		catch (RuntimeException failure) {
			failed(stored, failure);
			return false;
		}
		finally {
			MDC.remove("tenant");
		}
	}

	private void apply(EventHandler handler, Tenant tenant, EventEnvelope event) {
		this.transactions.executeWithoutResult((status) -> {
			if (this.outbox.firstTimeFor(handler.name(), event.id(), tenant.id().value())) {
				handle(handler, tenant, event);
			}
		});
	}

	// with the event as the cause of any event the handler publishes
	private static void handle(EventHandler handler, Tenant tenant, EventEnvelope event) {
		ScopedValue.where(EventContext.CURRENT, new EventContext(event.correlationId(), event.id()))
			.run(() -> handler.handle(tenant, event));
	}

	private void failed(StoredEvent stored, RuntimeException failure) {
		int attempts = stored.attempts() + 1;
		String error = describe(failure);
		if (attempts >= this.properties.maxAttempts()) {
			log.error("Event {} ({}) failed {} times, moved to the dead letters: {}", stored.id(), stored.type(),
					attempts, error);
			this.transactions
				.executeWithoutResult((status) -> this.outbox.moveToDeadLetters(stored.position(), attempts, error));
			return;
		}
		Duration delay = this.properties.backoff().after(attempts, ThreadLocalRandom.current());
		log.warn("Event {} ({}) failed (attempt {}), next attempt in {}: {}", stored.id(), stored.type(), attempts,
				delay, error);
		this.transactions
			.executeWithoutResult((status) -> this.outbox.retryLater(stored.position(), attempts, delay, error));
	}

	private EventEnvelope envelope(StoredEvent stored) {
		return new EventEnvelope(stored.id(), new TenantId(stored.tenantId()), stored.type(), stored.schemaVersion(),
				stored.aggregateType(), stored.aggregateId(), stored.aggregateVersion(), stored.occurredAt(),
				stored.correlationId(), stored.causationId(),
				this.codec.read(stored.type(), stored.schemaVersion(), stored.payload()));
	}

	// schema and realm follow from the id, as for requests (ServedTenants)
	private static Tenant tenant(String tenantId, String shard) {
		return new Tenant(new TenantId(tenantId), TenantNames.schema(tenantId), TenantNames.realm(tenantId), shard);
	}

	// class and message only: the shop's admin reads it; the stack trace goes to the log
	private static String describe(RuntimeException failure) {
		log.debug("Handler failure", failure);
		String text = failure.getClass().getName() + ": " + failure.getMessage();
		return (text.length() > 2000) ? text.substring(0, 2000) : text;
	}

}
