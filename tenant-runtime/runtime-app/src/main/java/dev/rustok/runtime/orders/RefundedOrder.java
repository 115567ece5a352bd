package dev.rustok.runtime.orders;

/** Everything paid has been paid back; final. */
public record RefundedOrder(OrderFacts facts) implements Order {

	public RefundedOrder {
		if (facts.refundable().amountMinor() != 0) {
			throw new IllegalArgumentException("a refunded order has paid back its whole total");
		}
	}

	@Override
	public OrderStatus status() {
		return OrderStatus.REFUNDED;
	}

}
