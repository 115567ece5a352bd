package dev.rustok.runtime.pricing;

import java.util.Objects;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.VariantId;

/**
 * One line of a cart as checkout priced it from the catalogue.
 *
 * @param variantId what is bought
 * @param sku the variant's SKU when priced, kept on the order as bought
 * @param title the product's title when priced
 * @param unitPrice the price of one unit
 * @param quantity 1 to {@value #MAX_QUANTITY}
 * @param unitWeightGrams the weight of one unit, 0 when unknown or weightless
 */
public record PricedLine(VariantId variantId, String sku, String title, Money unitPrice, int quantity,
		int unitWeightGrams) {

	public static final int MAX_QUANTITY = 1_000_000;

	public PricedLine {
		Objects.requireNonNull(variantId, "variantId");
		Objects.requireNonNull(unitPrice, "unitPrice");
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY);
		}
		if (unitWeightGrams < 0) {
			throw new IllegalArgumentException("weight must not be negative");
		}
	}

	/** Unit price times quantity; exact, since both are bounded (docs/adr/0022). */
	public long amountMinor() {
		return this.unitPrice.amountMinor() * this.quantity;
	}

	long weightGrams() {
		return (long) this.unitWeightGrams * this.quantity;
	}

}
