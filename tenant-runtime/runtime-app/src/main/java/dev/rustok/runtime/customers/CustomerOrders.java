package dev.rustok.runtime.customers;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;

/** Port: which orders each customer placed, and their state. */
interface CustomerOrders {

	/** Links the order to its customer; a second link of the same order does nothing. */
	void link(Tenant tenant, CustomerSubject subject, CustomerOrder order);

	boolean isLinked(Tenant tenant, UUID orderId);

	void changeState(Tenant tenant, UUID orderId, String state);

	/**
	 * The customer's orders numbered below {@code before} ({@code null}: all), newest
	 * first.
	 */
	List<CustomerOrder> list(Tenant tenant, CustomerSubject subject, Long before, int limit);

	boolean belongsTo(Tenant tenant, CustomerSubject subject, UUID orderId);

}
