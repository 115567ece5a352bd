package dev.rustok.runtime.orders;

import java.util.List;
import java.util.function.Function;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;

/** The refund rule every {@link Refundable} state shares. */
final class Refunds {

	static final String REFUNDED = "refunded";

	private Refunds() {
	}

	static Order refund(OrderFacts facts, Money amount, Change change, Function<OrderFacts, Order> sameState) {
		Money left = facts.refundable();
		if (!amount.currency().equals(left.currency())) {
			throw invalid("is in " + amount.currency() + " but the order is in " + left.currency());
		}
		if (amount.amountMinor() == 0 || amount.amountMinor() > left.amountMinor()) {
			throw invalid("must be more than zero and at most the " + left.formatted() + " not yet refunded");
		}
		Money refunded = new Money(facts.refunded().amountMinor() + amount.amountMinor(), amount.currency());
		boolean all = amount.amountMinor() == left.amountMinor();
		OrderStatus after = all ? OrderStatus.REFUNDED : null;
		OrderFacts changed = facts.withRefunded(refunded);
		if (all) {
			return new RefundedOrder(changed.then(TimelineEntry.of(change, REFUNDED, after, amount.formatted())));
		}
		Order same = sameState.apply(changed);
		return sameState.apply(changed.then(TimelineEntry.of(change, REFUNDED, same.status(), amount.formatted())));
	}

	/**
	 * How many refunds the order has had: the next one's number, less one, in its
	 * provider's idempotency key (docs/adr/0095).
	 */
	static int count(OrderFacts facts) {
		return (int) facts.timeline().stream().filter((entry) -> REFUNDED.equals(entry.action())).count();
	}

	// a paid order with nothing left to refund is a RefundedOrder, not still paid
	static void requireSomethingLeft(OrderFacts facts) {
		if (facts.refundable().amountMinor() == 0 && facts.totals().total().amountMinor() > 0) {
			throw new IllegalArgumentException("an order refunded in full is refunded");
		}
	}

	private static InvalidInput invalid(String reason) {
		return new InvalidInput(List.of(new FieldProblem("amount", reason)));
	}

}
