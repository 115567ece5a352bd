package dev.rustok.controlplane.signup;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.registry.FailureCode;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.provisioning.ProvisioningStep;

/**
 * How far a signup got, for the portal's status panel and page. Public: a failure shows
 * only a stable code and a plain sentence, never the internal details.
 *
 * @param storefrontUrl present only once the shop is {@code ACTIVE}
 * @param adminUrl the shop admin, present only once the shop is {@code ACTIVE}
 * @param failureCode present when provisioning {@code FAILED}, or while an attempt that
 * failed waits to be retried, for example {@code keycloak-unavailable}
 * @param failureReason the same in one or two sentences for the merchant
 * @param nextAttemptAt when the next automatic attempt is due, while one is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignupStatus(String slug, String shopName, String status, List<Step> steps, String storefrontUrl,
		String adminUrl, String failureCode, String failureReason, Instant nextAttemptAt) {

	public record Step(String name, String label, boolean done) {

	}

	static SignupStatus of(Tenant tenant, PlatformProperties platform) {
		List<Step> steps = Arrays.stream(ProvisioningStep.values())
			.map((step) -> new Step(step.name(), label(step), tenant.isDone(step)))
			.toList();
		FailureCode failure = failure(tenant);
		return new SignupStatus(tenant.slug(), tenant.shopName(), tenant.status().name(), steps,
				(tenant.status() == Tenant.Status.ACTIVE) ? platform.storefrontUrl(tenant.slug()) : null,
				(tenant.status() == Tenant.Status.ACTIVE) ? platform.adminUrl(tenant.slug()) : null,
				(failure != null) ? failure.code() : null, (failure != null) ? sentence(tenant, failure) : null,
				(tenant.status() == Tenant.Status.PROVISIONING) ? tenant.nextAttemptAt() : null);
	}

	private static FailureCode failure(Tenant tenant) {
		return switch (tenant.status()) {
			case FAILED -> (tenant.failureCode() != null) ? tenant.failureCode() : FailureCode.INTERNAL_ERROR;
			case PROVISIONING -> tenant.failureCode();
			case ACTIVE, SUSPENDED -> null;
		};
	}

	private static String sentence(Tenant tenant, FailureCode failure) {
		return failure.sentence() + ((tenant.status() == Tenant.Status.FAILED)
				? " We have stopped trying; our team has been told and can try again for you."
				: " We are trying again automatically.");
	}

	static String label(ProvisioningStep step) {
		return switch (step) {
			case SCHEMA -> "Creating your shop's database";
			case MIGRATIONS -> "Setting up catalogue and order tables";
			case REALM -> "Creating your shop's login and your owner account";
			case ROUTE -> "Putting your shop online";
		};
	}

}
