package dev.rustok.controlplane;

import java.util.List;

/** The request is well-formed JSON but some fields break the rules; answered with 400. */
public final class InvalidRequest extends ControlPlaneException {

	private final List<FieldError> errors;

	public InvalidRequest(List<FieldError> errors) {
		super("Some fields are not valid: "
				+ String.join(", ", errors.stream().map(FieldError::field).distinct().toList()));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
