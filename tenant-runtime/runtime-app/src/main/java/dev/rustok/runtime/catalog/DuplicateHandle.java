package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;

/** Something else of the shop already answers at this handle; nothing is changed. */
public final class DuplicateHandle extends ResourceConflict {

	DuplicateHandle(Handle handle, String owner) {
		super(new FieldProblem("handle", "handle " + handle + " is already used by another " + owner
				+ " of this shop; choose another or leave it out to get one made from the title"));
	}

}
