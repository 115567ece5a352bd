package dev.rustok.runtime.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.shared.Money;

/**
 * An order stored by {@link OrderBook#prepare} that has no number yet (docs/adr/0103):
 * only its own transaction sees it, and {@link OrderBook#number} must give it one before
 * that transaction commits (the database refuses the commit otherwise).
 *
 * @param placed the first entry of its timeline
 */
public record UnnumberedOrder(OrderId id, List<OrderLine> lines, Totals totals, List<UUID> reservations,
		TimelineEntry placed, Instant placedAt) {

	public UnnumberedOrder {
		lines = List.copyOf(lines);
		reservations = List.copyOf(reservations);
	}

	/** The order as it is once it has the shop's {@code number}. */
	PendingOrder numbered(long number) {
		return new PendingOrder(new OrderFacts(this.id, number, this.lines, this.totals,
				new Money(0, this.totals.currency()), this.reservations, List.of(this.placed), this.placedAt));
	}

}
