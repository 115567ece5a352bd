package dev.rustok.runtime.orders;

/** An order that may still be cancelled: nothing of it has shipped. */
public sealed interface Cancellable permits PendingOrder, PaidOrder {

	OrderFacts facts();

	/** Cancels the order; a paid one is refunded in full. */
	CancelledOrder cancel(Change change);

}
