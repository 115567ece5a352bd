package dev.rustok.runtime.events;

import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.TenantId;

/**
 * What happened to a shop's order, published by {@code orders.OrderBook} inside the
 * transaction that changed it (docs/adr/0058). {@code number} is the shop's order number,
 * which merchants and shoppers quote.
 */
public sealed interface OrderEvent {

	/** The shop the order belongs to. */
	TenantId tenantId();

	UUID orderId();

	long number();

	/** Checkout placed an order; it waits for its payment. */
	record OrderPlaced(TenantId tenantId, UUID orderId, long number, Money total) implements OrderEvent {

	}

	/** The order's payment was taken. */
	record Paid(TenantId tenantId, UUID orderId, long number, Money amount) implements OrderEvent {

	}

	/**
	 * Units shipped: {@code units} by line number; {@code complete} when nothing is left
	 * to ship.
	 */
	record Fulfilled(TenantId tenantId, UUID orderId, long number, Map<Integer, Integer> units,
			boolean complete) implements OrderEvent {

	}

	/** The carrier delivered the order. */
	record Delivered(TenantId tenantId, UUID orderId, long number) implements OrderEvent {

	}

	/**
	 * The order was cancelled; {@code refunded} is what a paid order got back (or zero).
	 */
	record Cancelled(TenantId tenantId, UUID orderId, long number, Money refunded) implements OrderEvent {

	}

	/** Money was paid back; {@code complete} when the whole total has been. */
	record Refunded(TenantId tenantId, UUID orderId, long number, Money amount,
			boolean complete) implements OrderEvent {

	}

}
