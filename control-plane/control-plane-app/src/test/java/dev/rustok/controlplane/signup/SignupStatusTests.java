package dev.rustok.controlplane.signup;

import java.time.Instant;

import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.provisioning.ProvisioningStep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignupStatusTests {

	private final PlatformProperties platform = new PlatformProperties("localhost", 8080);

	@Test
	void anActiveShopLinksToItsStorefrontWithEveryStepDone() {
		SignupStatus status = SignupStatus.of(tenant(Tenant.Status.ACTIVE, ProvisioningStep.ROUTE, null),
				this.platform);

		assertThat(status.storefrontUrl()).isEqualTo("http://acme.localhost:8080/");
		assertThat(status.steps()).allMatch(SignupStatus.Step::done);
		assertThat(status.failureReason()).isNull();
	}

	@Test
	void aShopStillBeingBuiltShowsWhichStepsAreDoneAndNoLink() {
		SignupStatus status = SignupStatus.of(tenant(Tenant.Status.PROVISIONING, ProvisioningStep.MIGRATIONS, null),
				this.platform);

		assertThat(status.steps()).extracting(SignupStatus.Step::done).containsExactly(true, true, false, false);
		assertThat(status.storefrontUrl()).isNull();
	}

	@Test
	void aFailedShopSaysWhyAndHasNoLink() {
		SignupStatus status = SignupStatus.of(tenant(Tenant.Status.FAILED, null, "Keycloak did not answer"),
				this.platform);

		assertThat(status.failureReason()).isEqualTo("Keycloak did not answer");
		assertThat(status.steps()).noneMatch(SignupStatus.Step::done);
		assertThat(status.storefrontUrl()).isNull();
	}

	@Test
	void leavesOutPort80FromTheStorefrontLink() {
		assertThat(new PlatformProperties("shops.example", 80).storefrontUrl("acme"))
			.isEqualTo("http://acme.shops.example/");
	}

	private static Tenant tenant(Tenant.Status status, ProvisioningStep lastStep, String failure) {
		return new Tenant("acme", "Acme", "jo@acme.example", null, "trial", status, lastStep, failure, Instant.now(),
				Instant.now());
	}

}
