package dev.rustok.runtime.events;

import java.time.Instant;
import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;

/**
 * What happened to a shop's stock, published by {@code inventory.Inventory} inside the
 * transaction that changed it. Ids are plain UUIDs so that this kernel needs no module's
 * types; quantities are units of one variant.
 */
public sealed interface InventoryEvent extends DomainEvent {

	/** The shop whose stock changed. */
	TenantId tenantId();

	/** The variant whose stock changed: the aggregate, so its events arrive in order. */
	UUID variantId();

	@Override
	default String aggregateType() {
		return "stock";
	}

	@Override
	default UUID aggregateId() {
		return variantId();
	}

	/**
	 * A merchant (or a committed sale) changed what is on hand at one location.
	 *
	 * @param reason {@code received, damaged, correction, sold} or {@code returned}
	 */
	record StockAdjusted(TenantId tenantId, UUID variantId, UUID locationId, int delta, String reason,
			int onHandAfter) implements InventoryEvent {

	}

	/** A checkout holds units until {@code expiresAt}. */
	record StockReserved(TenantId tenantId, UUID reservationId, UUID variantId, UUID locationId, int quantity,
			Instant expiresAt) implements InventoryEvent {

	}

	/**
	 * Held units are available again.
	 *
	 * @param expired whether the hold ran out of time rather than being released
	 */
	record StockReleased(TenantId tenantId, UUID reservationId, UUID variantId, UUID locationId, int quantity,
			boolean expired) implements InventoryEvent {

	}

	/** Held units were sold: they leave the shelf and the reservation. */
	record StockCommitted(TenantId tenantId, UUID reservationId, UUID variantId, UUID locationId,
			int quantity) implements InventoryEvent {

	}

}
