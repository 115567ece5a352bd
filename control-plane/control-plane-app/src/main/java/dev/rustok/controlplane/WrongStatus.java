package dev.rustok.controlplane;

/**
 * The thing asked for exists, but its status does not allow the action; answered with
 * 409.
 */
public final class WrongStatus extends ControlPlaneException {

	public WrongStatus(String message) {
		super(message);
	}

}
