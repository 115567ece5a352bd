package dev.rustok.runtime.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;

/**
 * The shop's stored orders (port); {@code JooqOrders} keeps them in the tenant's schema.
 */
interface Orders {

	/**
	 * Stores the order without a number: its header, lines, holds and first timeline
	 * entry. Only the caller's transaction sees it until {@link #number} gives it one.
	 */
	void insert(Tenant tenant, UnnumberedOrder order);

	/**
	 * Gives the order the shop's next number in one statement, in the caller's
	 * transaction: the shop's counter stays locked until that transaction ends, and if it
	 * rolls back the number is given back, so numbers have no gaps (docs/adr/0060, 0103).
	 */
	long number(Tenant tenant, OrderId id);

	/**
	 * The order, locked until the transaction ends so transitions happen one at a time.
	 */
	Optional<Order> forUpdate(Tenant tenant, OrderId id);

	Optional<Order> find(Tenant tenant, OrderId id);

	/** The actor of the order's first timeline entry. */
	Optional<String> placedBy(Tenant tenant, OrderId id);

	/**
	 * The orders among {@code ids} the shop has, in a fixed number of statements whatever
	 * their count (for GraphQL's batched fields).
	 */
	Map<OrderId, Order> findAll(Tenant tenant, Collection<OrderId> ids);

	/**
	 * Stores {@code after}'s state, refunds, shipped units and its new timeline entries.
	 */
	void update(Tenant tenant, Order before, Order after);

	/** The provider's payment behind the order, if it was paid through one. */
	Optional<ProviderPayment> payment(Tenant tenant, OrderId id);

	/** Keeps (or replaces) the provider's payment behind the order. */
	void recordPayment(Tenant tenant, OrderId id, ProviderPayment payment, Instant at);

	/**
	 * Orders newest first.
	 * @param beforeNumber only orders with a lower number, or {@code null}
	 */
	List<OrderSummary> list(Tenant tenant, Optional<OrderStatus> state, Long beforeNumber, int limit);

}
