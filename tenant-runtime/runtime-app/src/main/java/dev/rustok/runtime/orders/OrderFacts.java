package dev.rustok.runtime.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.shared.Money;

/**
 * What every state of an order knows: its lines, totals, what was refunded and its
 * timeline. States carry it; only transitions make a new one.
 *
 * @param number the shop's sequential order number (1, 2, … with no gaps)
 * @param refunded what has been paid back so far, in the order's currency
 * @param reservations the stock holds checkout took, committed when the order is paid and
 * released when it is cancelled
 */
public record OrderFacts(OrderId id, long number, List<OrderLine> lines, Totals totals, Money refunded,
		List<UUID> reservations, List<TimelineEntry> timeline, Instant placedAt) {

	public OrderFacts {
		Objects.requireNonNull(id, "id");
		lines = List.copyOf(lines);
		reservations = List.copyOf(reservations);
		timeline = List.copyOf(timeline);
		if (!refunded.currency().equals(totals.currency()) || refunded.amountMinor() > totals.total().amountMinor()) {
			throw new IllegalArgumentException("an order refunds at most its total, in its currency");
		}
	}

	/** What may still be refunded. */
	public Money refundable() {
		return new Money(this.totals.total().amountMinor() - this.refunded.amountMinor(), this.totals.currency());
	}

	OrderFacts then(TimelineEntry entry) {
		List<TimelineEntry> longer = new ArrayList<>(this.timeline);
		longer.add(entry);
		return new OrderFacts(this.id, this.number, this.lines, this.totals, this.refunded, this.reservations, longer,
				this.placedAt);
	}

	OrderFacts withLines(List<OrderLine> changed) {
		return new OrderFacts(this.id, this.number, changed, this.totals, this.refunded, this.reservations,
				this.timeline, this.placedAt);
	}

	OrderFacts withRefunded(Money total) {
		return new OrderFacts(this.id, this.number, this.lines, this.totals, total, this.reservations, this.timeline,
				this.placedAt);
	}

	boolean allShipped() {
		return this.lines.stream().allMatch((line) -> line.unfulfilled() == 0);
	}

}
