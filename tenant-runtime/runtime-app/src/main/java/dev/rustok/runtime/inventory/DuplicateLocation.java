package dev.rustok.runtime.inventory;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;

/** The shop already has a location of that name; answered with 409. */
public final class DuplicateLocation extends ResourceConflict {

	DuplicateLocation(String name) {
		super(new FieldProblem("name", "a location named " + name + " already exists"));
	}

}
