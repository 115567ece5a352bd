package dev.rustok.runtime.customers;

import java.util.List;

import dev.rustok.runtime.orders.Order;
import dev.rustok.runtime.orders.OrderFacts;
import dev.rustok.runtime.orders.OrderLine;
import dev.rustok.runtime.orders.TimelineEntry;

/** An order as the account page shows it: no staff names, no internal reasons. */
record OrderPage(long number, String state, List<OrderLine> lines, String subtotal, String shipping, String tax,
		String total, String refunded, boolean anyRefund, List<TimelineEntry> timeline) {

	static OrderPage of(Order order) {
		OrderFacts facts = order.facts();
		return new OrderPage(facts.number(), order.status().code().replace('_', ' '), facts.lines(),
				facts.totals().subtotal().formatted(), facts.totals().shipping().formatted(),
				facts.totals().tax().formatted(), facts.totals().total().formatted(), facts.refunded().formatted(),
				facts.refunded().amountMinor() > 0, facts.timeline());
	}

}
