package dev.rustok.runtime.orders;

import dev.rustok.runtime.shared.Money;

/** Paid, some units shipped and some still to ship. */
public record PartlyFulfilledOrder(OrderFacts facts) implements Order, Fulfillable, Refundable {

	public PartlyFulfilledOrder {
		if (facts.allShipped() || facts.lines().stream().allMatch((line) -> line.fulfilled() == 0)) {
			throw new IllegalArgumentException("a partly fulfilled order has shipped some units but not all");
		}
		Refunds.requireSomethingLeft(facts);
	}

	@Override
	public OrderStatus status() {
		return OrderStatus.PARTIALLY_FULFILLED;
	}

	@Override
	public Order refund(Money amount, Change change) {
		return Refunds.refund(this.facts, amount, change, PartlyFulfilledOrder::new);
	}

}
