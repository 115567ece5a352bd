package dev.rustok.runtime.orders;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.VariantId;

/**
 * One line of an order as it was bought, and how many of its units have shipped.
 *
 * @param lineNumber 1, 2, … in the order
 */
public record OrderLine(int lineNumber, VariantId variantId, String sku, String title, Money unitPrice, int quantity,
		int fulfilled) {

	public OrderLine {
		if (fulfilled < 0 || fulfilled > quantity) {
			throw new IllegalArgumentException("fulfilled units are between 0 and the quantity");
		}
	}

	public int unfulfilled() {
		return this.quantity - this.fulfilled;
	}

	OrderLine shipping(int units) {
		return new OrderLine(this.lineNumber, this.variantId, this.sku, this.title, this.unitPrice, this.quantity,
				this.fulfilled + units);
	}

}
