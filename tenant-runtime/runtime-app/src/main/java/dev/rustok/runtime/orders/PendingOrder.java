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

	/**
	 * Cancels the order although the provider refused to void its authorization (an
	 * expired one, docs/adr/0104): nothing was captured, and the timeline keeps the
	 * provider's refusal next to the cancellation.
	 * @param refusal why the provider declined the void, as it said
	 */
	public CancelledOrder cancelWithVoidDeclined(Change change, String refusal) {
		String detail = "authorization not voided: the payment provider declined: " + refusal;
		return new CancelledOrder(this.facts.then(TimelineEntry.of(change, "cancelled", OrderStatus.CANCELLED,
				detail.substring(0, Math.min(detail.length(), OrderBook.TEXT_MAX)))));
	}

}
