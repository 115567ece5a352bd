package dev.rustok.runtime.orders;

import dev.rustok.runtime.shared.Money;

/** Every unit has shipped. */
public record FulfilledOrder(OrderFacts facts) implements Order, Refundable {

	public FulfilledOrder {
		if (!facts.allShipped()) {
			throw new IllegalArgumentException("a fulfilled order has shipped every unit");
		}
		Refunds.requireSomethingLeft(facts);
	}

	@Override
	public OrderStatus status() {
		return OrderStatus.FULFILLED;
	}

	/** The carrier delivered the parcels. */
	public DeliveredOrder deliver(Change change) {
		return new DeliveredOrder(this.facts.then(TimelineEntry.of(change, "delivered", OrderStatus.DELIVERED, "")));
	}

	@Override
	public Order refund(Money amount, Change change) {
		return Refunds.refund(this.facts, amount, change, FulfilledOrder::new);
	}

}
