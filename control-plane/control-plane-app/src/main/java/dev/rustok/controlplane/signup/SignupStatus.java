package dev.rustok.controlplane.signup;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.provisioning.ProvisioningStep;

/**
 * How far a signup got, for the portal's status panel.
 *
 * @param storefrontUrl present only once the shop is {@code ACTIVE}
 * @param failureReason present only when provisioning {@code FAILED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignupStatus(String slug, String shopName, String status, List<Step> steps, String storefrontUrl,
		String failureReason) {

	public record Step(String name, String label, boolean done) {

	}

	static SignupStatus of(Tenant tenant, PlatformProperties platform) {
		List<Step> steps = Arrays.stream(ProvisioningStep.values())
			.map((step) -> new Step(step.name(), label(step), tenant.isDone(step)))
			.toList();
		return new SignupStatus(tenant.slug(), tenant.shopName(), tenant.status().name(), steps,
				(tenant.status() == Tenant.Status.ACTIVE) ? platform.storefrontUrl(tenant.slug()) : null,
				(tenant.status() == Tenant.Status.FAILED) ? tenant.failureReason() : null);
	}

	private static String label(ProvisioningStep step) {
		return switch (step) {
			case SCHEMA -> "Creating your shop's database";
			case MIGRATIONS -> "Setting up catalogue and order tables";
			case REALM -> "Creating your shop's login and your owner account";
			case ROUTE -> "Putting your shop online";
		};
	}

}
