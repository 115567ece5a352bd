package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;

/** Another product of the shop has a variant with this SKU; nothing is changed. */
public final class DuplicateSku extends ResourceConflict {

	private DuplicateSku(String field, String reason) {
		super(new FieldProblem(field, reason));
	}

	static DuplicateSku of(String field, String sku) {
		return new DuplicateSku(field, "SKU " + sku + " is already used by another product of this shop");
	}

	/** Checked free, then taken by a concurrent write before this one was stored. */
	static DuplicateSku takenMeanwhile() {
		return new DuplicateSku("variants",
				"a SKU of these variants was taken by another product at the same time; nothing was stored");
	}

}
