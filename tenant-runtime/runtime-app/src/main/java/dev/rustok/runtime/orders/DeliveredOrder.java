package dev.rustok.runtime.orders;

import dev.rustok.runtime.shared.Money;

/** The shopper has the goods; only refunds (returns) may follow. */
public record DeliveredOrder(OrderFacts facts) implements Order, Refundable {

	public DeliveredOrder {
		if (!facts.allShipped()) {
			throw new IllegalArgumentException("a delivered order has shipped every unit");
		}
		Refunds.requireSomethingLeft(facts);
	}

	@Override
	public OrderStatus status() {
		return OrderStatus.DELIVERED;
	}

	@Override
	public Order refund(Money amount, Change change) {
		return Refunds.refund(this.facts, amount, change, DeliveredOrder::new);
	}

}
