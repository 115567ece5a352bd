package dev.rustok.runtime.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.VariantId;

/** Orders to start from, as checkout would place them. */
final class OrderFixtures {

	static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

	private OrderFixtures() {
	}

	/** A pending order with lines of the given quantities at 10.00 EUR a unit. */
	static PendingOrder aPendingOrder(int... quantities) {
		List<OrderLine> lines = new ArrayList<>();
		long subtotal = 0;
		for (int i = 0; i < quantities.length; i++) {
			lines.add(new OrderLine(i + 1, VariantId.random(), "SKU-" + (i + 1), "Thing " + (i + 1), eur(1_000),
					quantities[i], 0));
			subtotal += 1_000L * quantities[i];
		}
		Totals totals = new Totals(eur(subtotal), eur(0), eur(500), eur(0), false, eur(subtotal + 500));
		OrderFacts facts = new OrderFacts(OrderId.random(), 1, lines, totals, eur(0), List.of(), List.of(), NOON);
		return Order.placed(facts, change("checkout"));
	}

	static Change change(String actor) {
		return new Change(actor, "because", NOON);
	}

	static Money eur(long minor) {
		return new Money(minor, "EUR");
	}

}
