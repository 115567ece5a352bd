package dev.rustok.runtime.events;

import dev.rustok.runtime.shared.Tenant;

/**
 * A consumer of stored events, called by the outbox relay (docs/adr/0055). The relay
 * calls it inside a transaction on the tenant's shard and records {@link #name()} with
 * the event id in that same transaction, so a redelivered event is skipped: the handler's
 * effect must be written through that transaction (jOOQ on the tenant, as in a request)
 * and nowhere else. Throwing rolls the effect back and retries the event later.
 */
public interface EventHandler {

	/** A stable name: renaming it makes every stored event new to this handler. */
	String name();

	/**
	 * Whether the handler acts on such an event at all. The relay opens no transaction
	 * and writes no receipt for an event its handler does not want (docs/adr/0110), so
	 * the answer must depend on the payload alone: a redelivery asks again and must hear
	 * the same.
	 */
	default boolean wants(DomainEvent payload) {
		return true;
	}

	/**
	 * Applies the event; events of one aggregate arrive in the order they were written.
	 * Only called with events the handler {@link #wants}.
	 */
	void handle(Tenant tenant, EventEnvelope event);

}
