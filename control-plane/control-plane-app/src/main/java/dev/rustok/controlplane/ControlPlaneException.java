package dev.rustok.controlplane;

/**
 * Every failure the control plane reports to a client on purpose; {@link ApiProblems}
 * maps each kind to one HTTP status.
 */
public abstract sealed class ControlPlaneException extends RuntimeException
		permits InvalidRequest, AlreadyExists, NotFound, WrongStatus, DependencyDown {

	protected ControlPlaneException(String message) {
		super(message);
	}

}
