package dev.rustok.provisioning;

/** Told after each step completes, so a caller can record how far a tenant got. */
@FunctionalInterface
public interface ProvisioningProgress {

	void stepDone(ProvisioningStep step);

	static ProvisioningProgress none() {
		return (step) -> {
		};
	}

}
