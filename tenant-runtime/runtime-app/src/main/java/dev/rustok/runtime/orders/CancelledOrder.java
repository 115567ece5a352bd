package dev.rustok.runtime.orders;

/** Cancelled before anything shipped; final. A paid order was refunded in full. */
public record CancelledOrder(OrderFacts facts) implements Order {

	@Override
	public OrderStatus status() {
		return OrderStatus.CANCELLED;
	}

}
