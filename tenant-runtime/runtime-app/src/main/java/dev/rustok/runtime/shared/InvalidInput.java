package dev.rustok.runtime.shared;

import java.util.List;

/** The request names the fields it got wrong; answered with 400. */
public final class InvalidInput extends RuntimeProblem {

	private final List<FieldProblem> errors;

	public InvalidInput(List<FieldProblem> errors) {
		super("The request has invalid fields: " + errors.stream().map(FieldProblem::field).toList());
		this.errors = List.copyOf(errors);
	}

	@Override
	public List<FieldProblem> errors() {
		return this.errors;
	}

}
