package dev.rustok.controlplane;

/**
 * A service the action needs (Keycloak, the database, the cluster) failed; answered with
 * 503. The message says what to do, never what the service answered.
 */
public final class DependencyDown extends ControlPlaneException {

	public DependencyDown(String message, Throwable cause) {
		super(message);
		initCause(cause);
	}

}
