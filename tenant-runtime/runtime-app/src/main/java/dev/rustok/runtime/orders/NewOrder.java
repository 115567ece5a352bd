package dev.rustok.runtime.orders;

import java.util.List;
import java.util.Objects;

import dev.rustok.runtime.inventory.Reservation;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.Totals;

/**
 * What checkout hands over to place an order: the lines as it priced them, the totals
 * {@code pricing.TotalsCalculation} computed for them, and the stock it reserved (one per
 * line, held or untracked).
 *
 * @param placedBy who placed it, for the timeline ({@code checkout}, or a customer)
 */
public record NewOrder(List<PricedLine> lines, Totals totals, List<Reservation> reservations, String placedBy) {

	public NewOrder {
		lines = List.copyOf(lines);
		reservations = List.copyOf(reservations);
		Objects.requireNonNull(totals, "totals");
		Objects.requireNonNull(placedBy, "placedBy");
	}

}
