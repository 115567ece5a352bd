package dev.rustok.runtime.orders;

import dev.rustok.runtime.pricing.Totals;

/**
 * An order in one of its states (docs/adr/0058). Each state is its own type and has only
 * the transitions it allows: a paid order can be fulfilled ({@link Fulfillable}), a
 * pending one cannot, so {@code pending.fulfil(…)} does not compile. Code that holds any
 * {@code Order} switches over the states, and the compiler checks that it handles each.
 */
public sealed interface Order permits PendingOrder, PaidOrder, PartlyFulfilledOrder, FulfilledOrder, DeliveredOrder,
		CancelledOrder, RefundedOrder {

	OrderFacts facts();

	OrderStatus status();

	/** A new order, waiting for its payment. */
	static PendingOrder placed(OrderFacts facts, Change change) {
		return new PendingOrder(facts.then(placing(facts.totals(), change)));
	}

	/** The first entry of every order's timeline. */
	static TimelineEntry placing(Totals totals, Change change) {
		return TimelineEntry.of(change, "placed", OrderStatus.PENDING, totals.total().formatted());
	}

}
