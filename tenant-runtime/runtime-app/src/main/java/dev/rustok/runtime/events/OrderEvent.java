package dev.rustok.runtime.events;

import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.TenantId;

/**
 * What happened to a shop's order, published by {@code orders.OrderBook} inside the
 * transaction that changed it (docs/adr/0058), and stored by the outbox in that
 * transaction as {@code order.<Record>} (docs/adr/0084). {@code number} is the shop's
 * order number, which merchants and shoppers quote; {@code version} counts the order's
 * timeline entries (1 when placed, one more per transition), so a receiver can tell the
 * latest change of an order.
 */
public sealed interface OrderEvent extends DomainEvent {

	/** The shop the order belongs to. */
	TenantId tenantId();

	UUID orderId();

	long number();

	/** The order's version after the change: the length of its timeline. */
	int version();

	@Override
	default String aggregateType() {
		return "order";
	}

	@Override
	default UUID aggregateId() {
		return orderId();
	}

	@Override
	default long aggregateVersion() {
		return version();
	}

	/** Checkout placed an order; it waits for its payment. */
	record OrderPlaced(TenantId tenantId, UUID orderId, long number, int version, Money total) implements OrderEvent {

	}

	/** The order's payment was taken. */
	record Paid(TenantId tenantId, UUID orderId, long number, int version, Money amount) implements OrderEvent {

	}

	/**
	 * Units shipped: {@code units} by line number; {@code complete} when nothing is left
	 * to ship.
	 */
	record Fulfilled(TenantId tenantId, UUID orderId, long number, int version, Map<Integer, Integer> units,
			boolean complete) implements OrderEvent {

	}

	/** The carrier delivered the order. */
	record Delivered(TenantId tenantId, UUID orderId, long number, int version) implements OrderEvent {

	}

	/**
	 * The order was cancelled; {@code refunded} is what a paid order got back (or zero).
	 */
	record Cancelled(TenantId tenantId, UUID orderId, long number, int version, Money refunded) implements OrderEvent {

	}

	/** Money was paid back; {@code complete} when the whole total has been. */
	record Refunded(TenantId tenantId, UUID orderId, long number, int version, Money amount,
			boolean complete) implements OrderEvent {

	}

}
