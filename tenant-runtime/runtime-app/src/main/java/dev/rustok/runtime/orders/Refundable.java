package dev.rustok.runtime.orders;

import dev.rustok.runtime.shared.Money;

/** A paid order with money that may still be paid back. */
public sealed interface Refundable permits PaidOrder, PartlyFulfilledOrder, FulfilledOrder, DeliveredOrder {

	OrderFacts facts();

	/**
	 * Pays back {@code amount}: in part (the order keeps its state) or all of what is
	 * left (the order becomes a {@link RefundedOrder}).
	 * @throws dev.rustok.runtime.shared.InvalidInput naming {@code amount} when it is
	 * zero, in another currency or more than {@link OrderFacts#refundable()}
	 */
	Order refund(Money amount, Change change);

}
