package dev.rustok.runtime.customers;

import java.util.UUID;

import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.events.OrderEvent;
import dev.rustok.runtime.orders.Order;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.OrderFacts;
import dev.rustok.runtime.orders.OrderId;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantShards;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps customers' order histories from the orders' events, in the transaction that
 * changed the order (docs/adr/0076): an order placed by {@code customer:<subject>} is
 * linked to that customer, and a linked order's state follows each transition. Checkout
 * needs no change beyond naming the customer as {@code placedBy}. The outbox stores the
 * same events for other consumers; this stays a synchronous listener so the history
 * commits (or rolls back) with the order itself, never lagging behind it (docs/adr/0084).
 */
@Component
class OrdersOfCustomers {

	private final CustomerOrders links;

	private final OrderBook orders;

	OrdersOfCustomers(CustomerOrders links, OrderBook orders) {
		this.links = links;
		this.orders = orders;
	}

	@EventListener
	void on(OrderEvent event) {
		Tenant tenant = tenantOf(event);
		switch (event) {
			case OrderEvent.OrderPlaced placed -> link(tenant, placed.orderId());
			default -> {
				if (this.links.isLinked(tenant, event.orderId())) {
					this.links.changeState(tenant, event.orderId(), order(tenant, event.orderId()).status().code());
				}
			}
		}
	}

	// runs while the shop's order-number counter is locked (docs/adr/0103): who placed
	// the order is one lookup, and only a customer's order is read whole
	private void link(Tenant tenant, UUID orderId) {
		String placedBy = this.orders.placedBy(tenant, new OrderId(orderId));
		if (!placedBy.startsWith(CustomerSubject.PLACED_BY_PREFIX)) {
			return;
		}
		String subject = placedBy.substring(CustomerSubject.PLACED_BY_PREFIX.length());
		if (CustomerSubject.isValid(subject)) {
			Order order = order(tenant, orderId);
			OrderFacts facts = order.facts();
			this.links.link(tenant, new CustomerSubject(subject), new CustomerOrder(orderId, facts.number(),
					order.status().code(), facts.totals().total(), facts.placedAt()));
		}
	}

	private Order order(Tenant tenant, UUID orderId) {
		return this.orders.order(tenant, new OrderId(orderId));
	}

	// the event names the tenant; the call is bound to the shard the order was written on
	private static Tenant tenantOf(OrderEvent event) {
		String id = event.tenantId().value();
		return new Tenant(event.tenantId(), TenantNames.schema(id), TenantNames.realm(id), TenantShards.current());
	}

}
