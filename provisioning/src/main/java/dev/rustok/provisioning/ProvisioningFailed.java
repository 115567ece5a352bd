package dev.rustok.provisioning;

/**
 * A provisioning step could not complete. The message is meant for the merchant's status
 * page; every step before {@link #step()} is done and running provisioning again resumes
 * from here.
 */
public class ProvisioningFailed extends RuntimeException {

	private final ProvisioningStep step;

	public ProvisioningFailed(ProvisioningStep step, String message, Throwable cause) {
		super(message, cause);
		this.step = step;
	}

	public ProvisioningStep step() {
		return this.step;
	}

}
