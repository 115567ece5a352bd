package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;

/** Another product of the shop has a variant with this SKU; nothing is changed. */
public final class DuplicateSku extends ResourceConflict {

	DuplicateSku(String field, String sku) {
		super(new FieldProblem(field, "SKU " + sku + " is already used by another product of this shop"));
	}

}
