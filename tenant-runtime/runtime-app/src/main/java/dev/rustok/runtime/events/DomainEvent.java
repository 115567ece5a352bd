package dev.rustok.runtime.events;

import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;

/**
 * Every module's events: one sealed hierarchy per module, each a record carrying its
 * tenant. The outbox stores them in an {@link EventEnvelope} (docs/adr/0053), ordered per
 * aggregate, so a record names the aggregate it changes.
 */
public sealed interface DomainEvent permits CatalogEvent, InventoryEvent, OrderEvent, CartEvent, WebhookEvent {

	/** The shop the change belongs to. */
	TenantId tenantId();

	/** The kind of thing that changed, for example {@code product}. */
	String aggregateType();

	/** The thing that changed; events of one aggregate are delivered in order. */
	UUID aggregateId();

	/** The aggregate's version after the change, 0 when the event does not carry one. */
	default long aggregateVersion() {
		return 0;
	}

}
