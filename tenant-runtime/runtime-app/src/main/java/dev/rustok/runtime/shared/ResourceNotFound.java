package dev.rustok.runtime.shared;

/** The tenant has no such resource; answered with 404. */
public non-sealed class ResourceNotFound extends RuntimeProblem {

	public ResourceNotFound(String message) {
		super(message);
	}

}
