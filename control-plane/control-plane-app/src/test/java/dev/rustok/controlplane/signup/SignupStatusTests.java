package dev.rustok.controlplane.signup;

import java.time.Instant;

import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.registry.FailureCode;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.provisioning.ProvisioningStep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignupStatusTests {

	private final PlatformProperties platform = new PlatformProperties("localhost", 8080);

	@Test
	void anActiveShopLinksToItsAdminAndStorefrontWithEveryStepDone() {
		SignupStatus status = SignupStatus.of(tenant(Tenant.Status.ACTIVE, ProvisioningStep.ROUTE), this.platform);

		assertThat(status.adminUrl()).isEqualTo("http://acme.localhost:8080/admin");
		assertThat(status.storefrontUrl()).isEqualTo("http://acme.localhost:8080/");
		assertThat(status.steps()).allMatch(SignupStatus.Step::done);
		assertThat(status.failureReason()).isNull();
	}

	@Test
	void aShopStillBeingBuiltShowsWhichStepsAreDoneAndNoLink() {
		SignupStatus status = SignupStatus.of(tenant(Tenant.Status.PROVISIONING, ProvisioningStep.MIGRATIONS),
				this.platform);

		assertThat(status.steps()).extracting(SignupStatus.Step::done).containsExactly(true, true, false, false);
		assertThat(status.storefrontUrl()).isNull();
		assertThat(status.adminUrl()).isNull();
	}

	@Test
	void aFailedShopSaysWhyWithACodeAndASentenceButNoInternalDetailsAndHasNoLink() {
		SignupStatus status = SignupStatus.of(
				tenant(Tenant.Status.FAILED, null, FailureCode.KEYCLOAK_UNAVAILABLE,
						"Keycloak at http://10.0.0.7:8180 did not answer: HTTP 500 {\"error\":\"unknown_error\"}"),
				this.platform);

		assertThat(status.failureCode()).isEqualTo("keycloak-unavailable");
		assertThat(status.failureReason()).startsWith("We could not reach the service that creates your shop's login.")
			.doesNotContain("http", "10.0.0.7", "500", "error");
		assertThat(status.steps()).noneMatch(SignupStatus.Step::done);
		assertThat(status.storefrontUrl()).isNull();
	}

	@Test
	void aShopWaitingForAnotherAttemptSaysWhyAndWhenItIsTriedAgain() {
		Instant next = Instant.parse("2030-01-01T00:00:10Z");
		SignupStatus status = SignupStatus.of(new Tenant("acme", "Acme", "jo@acme.example", null, "trial",
				Tenant.Status.PROVISIONING, ProvisioningStep.MIGRATIONS, FailureCode.DATABASE_ERROR,
				"ERROR: relation \"x\" does not exist", 2, next, "default", "4", Instant.now(), Instant.now()),
				this.platform);

		assertThat(status.status()).isEqualTo("PROVISIONING");
		assertThat(status.failureCode()).isEqualTo("database-error");
		assertThat(status.failureReason()).contains("trying again").doesNotContain("relation");
		assertThat(status.nextAttemptAt()).isEqualTo(next);
	}

	@Test
	void aShopThatFailedBeforeReasonCodesExistedShowsAnInternalError() {
		SignupStatus status = SignupStatus.of(tenant(Tenant.Status.FAILED, null, null, "org.postgresql..."),
				this.platform);

		assertThat(status.failureCode()).isEqualTo("internal-error");
		assertThat(status.failureReason()).doesNotContain("postgresql");
	}

	@Test
	void leavesOutPort80FromTheStorefrontLink() {
		assertThat(new PlatformProperties("shops.example", 80).storefrontUrl("acme"))
			.isEqualTo("http://acme.shops.example/");
	}

	private static Tenant tenant(Tenant.Status status, ProvisioningStep lastStep) {
		return tenant(status, lastStep, null, null);
	}

	private static Tenant tenant(Tenant.Status status, ProvisioningStep lastStep, FailureCode code, String details) {
		return new Tenant("acme", "Acme", "jo@acme.example", null, "trial", status, lastStep, code, details, 1, null,
				null, null, Instant.now(), Instant.now());
	}

}
