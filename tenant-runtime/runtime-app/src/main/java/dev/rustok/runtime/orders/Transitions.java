package dev.rustok.runtime.orders;

import java.util.Map;

import dev.rustok.runtime.shared.Money;

/**
 * Where a request for a transition meets an order of any state: the one place that turns
 * "this state has no such method" into {@link TransitionNotAllowed}.
 */
final class Transitions {

	private Transitions() {
	}

	static PaidOrder pay(Order order, Change change) {
		if (order instanceof PendingOrder pending) {
			return pending.pay(change);
		}
		throw new TransitionNotAllowed(order.status(), "paid");
	}

	static Order fulfil(Order order, Map<Integer, Integer> units, Change change) {
		if (order instanceof Fulfillable fulfillable) {
			return fulfillable.fulfil(units, change);
		}
		throw new TransitionNotAllowed(order.status(), "fulfilled");
	}

	static DeliveredOrder deliver(Order order, Change change) {
		if (order instanceof FulfilledOrder fulfilled) {
			return fulfilled.deliver(change);
		}
		throw new TransitionNotAllowed(order.status(), "delivered");
	}

	static CancelledOrder cancel(Order order, Change change) {
		if (order instanceof Cancellable cancellable) {
			return cancellable.cancel(change);
		}
		throw new TransitionNotAllowed(order.status(), "cancelled");
	}

	static CancelledOrder cancelWithVoidDeclined(Order order, String refusal, Change change) {
		if (order instanceof PendingOrder pending) {
			return pending.cancelWithVoidDeclined(change, refusal);
		}
		throw new TransitionNotAllowed(order.status(), "cancelled");
	}

	static Order refund(Order order, Money amount, Change change) {
		if (order instanceof Refundable refundable) {
			return refundable.refund(amount, change);
		}
		throw new TransitionNotAllowed(order.status(), "refunded");
	}

}
