package dev.rustok.runtime.shared;

import java.util.List;

/**
 * The request clashes with something already stored, which stays as it was; answered with
 * 409.
 */
public non-sealed class ResourceConflict extends RuntimeProblem {

	private final FieldProblem field;

	public ResourceConflict(FieldProblem field) {
		super(field.reason());
		this.field = field;
	}

	@Override
	public List<FieldProblem> errors() {
		return List.of(this.field);
	}

}
