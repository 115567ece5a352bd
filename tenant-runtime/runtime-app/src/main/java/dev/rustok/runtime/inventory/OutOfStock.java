package dev.rustok.runtime.inventory;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.VariantId;

/**
 * No single location has the quantity available (docs/adr/0035); nothing was reserved.
 * Answered with 409.
 */
public final class OutOfStock extends ResourceConflict {

	OutOfStock(VariantId variant, int quantity, int available) {
		super(new FieldProblem("quantity", "only " + available + " of variant " + variant
				+ " can be reserved in one location, " + quantity + " were asked for"));
	}

}
