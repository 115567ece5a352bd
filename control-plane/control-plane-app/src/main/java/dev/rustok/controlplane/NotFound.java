package dev.rustok.controlplane;

/** Nothing is known under the name asked for; answered with 404. */
public final class NotFound extends ControlPlaneException {

	public NotFound(String message) {
		super(message);
	}

}
