package dev.rustok.runtime.orders;

/** Placed and waiting for its payment; stock is held for it. */
public record PendingOrder(OrderFacts facts) implements Order, Cancellable {

	public PendingOrder {
		if (facts.refunded().amountMinor() != 0 || facts.lines().stream().anyMatch((line) -> line.fulfilled() > 0)) {
			throw new IllegalArgumentException("a pending order has shipped and refunded nothing");
		}
	}

	@Override
	public OrderStatus status() {
		return OrderStatus.PENDING;
	}

	/** The payment was taken (captured, or cash received). */
	public PaidOrder pay(Change change) {
		return new PaidOrder(this.facts
			.then(TimelineEntry.of(change, "paid", OrderStatus.PAID, this.facts.totals().total().formatted())));
	}

	@Override
	public CancelledOrder cancel(Change change) {
		return new CancelledOrder(this.facts.then(TimelineEntry.of(change, "cancelled", OrderStatus.CANCELLED, "")));
	}

}
