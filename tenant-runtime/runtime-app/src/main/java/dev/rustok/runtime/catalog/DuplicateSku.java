package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;

/** The tenant already has a product with this SKU; the existing product is unchanged. */
public final class DuplicateSku extends ResourceConflict {

	DuplicateSku(String sku) {
		super(new FieldProblem("sku", "a product with SKU " + sku + " already exists"));
	}

}
