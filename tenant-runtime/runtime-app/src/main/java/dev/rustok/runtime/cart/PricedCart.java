package dev.rustok.runtime.cart;

import java.util.List;

import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.Money;

/**
 * A cart priced from the catalogue as it is now.
 *
 * @param lines the lines that can be bought, in the cart's order
 * @param unavailable why a line cannot be bought any more (its product was archived or
 * lost its price in the cart's currency), by field {@code lines[i]}
 */
public record PricedCart(Cart cart, List<PricedLine> lines, List<FieldProblem> unavailable) {

	public PricedCart {
		lines = List.copyOf(lines);
		unavailable = List.copyOf(unavailable);
	}

	public Money subtotal() {
		return new Money(this.lines.stream().mapToLong(PricedLine::amountMinor).sum(), this.cart.currency());
	}

	/** What one line costs: unit price times quantity. */
	public Money lineTotal(PricedLine line) {
		return new Money(line.amountMinor(), this.cart.currency());
	}

	public int units() {
		return this.lines.stream().mapToInt(PricedLine::quantity).sum();
	}

}
