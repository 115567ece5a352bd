package dev.rustok.runtime.orders;

import dev.rustok.runtime.shared.Money;

/** Paid, nothing shipped yet. */
public record PaidOrder(OrderFacts facts) implements Order, Cancellable, Fulfillable, Refundable {

	public PaidOrder {
		if (facts.lines().stream().anyMatch((line) -> line.fulfilled() > 0)) {
			throw new IllegalArgumentException("a paid order has shipped nothing");
		}
		Refunds.requireSomethingLeft(facts);
	}

	@Override
	public OrderStatus status() {
		return OrderStatus.PAID;
	}

	@Override
	public CancelledOrder cancel(Change change) {
		Money refund = this.facts.refundable();
		return new CancelledOrder(this.facts.withRefunded(this.facts.totals().total())
			.then(TimelineEntry.of(change, "cancelled", OrderStatus.CANCELLED, "refunded " + refund.formatted())));
	}

	@Override
	public Order refund(Money amount, Change change) {
		return Refunds.refund(this.facts, amount, change, PaidOrder::new);
	}

}
