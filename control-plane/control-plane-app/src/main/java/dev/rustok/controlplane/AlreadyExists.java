package dev.rustok.controlplane;

/** Something with the same identity exists already; answered with 409. */
public final class AlreadyExists extends ControlPlaneException {

	private final FieldError error;

	public AlreadyExists(String message, FieldError error) {
		super(message);
		this.error = error;
	}

	public FieldError error() {
		return this.error;
	}

}
