package dev.rustok.runtime.orders;

import java.util.Map;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;

/**
 * The order's state does not allow what was asked (fulfilling a pending order, refunding
 * a cancelled one); nothing changes, and the answer (409) names the current state.
 */
public final class TransitionNotAllowed extends ResourceConflict {

	private final OrderStatus current;

	public TransitionNotAllowed(OrderStatus current, String action) {
		super(new FieldProblem("state", "is " + current.code() + ": the order cannot be " + action + " now"));
		this.current = current;
	}

	public OrderStatus current() {
		return this.current;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("currentState", this.current.code());
	}

}
