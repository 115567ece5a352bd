package dev.rustok.runtime.tenancy;

import dev.rustok.controlplane.api.ProductionSecrets.UnsafeSecret;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** What the runtime refuses to start with outside the dev profile. */
class RequiredSecretsTests {

	@Test
	void refusesAShardWithoutAPassword() {
		MockEnvironment environment = production().withProperty("rustok.shards.eu2.url",
				"jdbc:postgresql://db-eu2:5432/rustok");

		assertThatExceptionOfType(UnsafeSecret.class).isThrownBy(() -> start(environment))
			.withMessageContaining("rustok.shards.eu2.password is not set")
			.withMessageContaining("RUSTOK_SHARDS_EU2_PASSWORD");
	}

	@Test
	void refusesTheCommittedCustomerSessionKeyOrNone() {
		MockEnvironment committed = production().withProperty("rustok.customers.session-key",
				"dev-only-customer-session-key-change-me");
		MockEnvironment missing = new MockEnvironment()
			.withProperty("rustok.gateway.secret", "a-gateway-secret-from-the-environment")
			.withProperty("spring.datasource.password", "a-database-password");

		assertThatExceptionOfType(UnsafeSecret.class).isThrownBy(() -> start(committed))
			.withMessageContaining("rustok.customers.session-key holds the value committed");
		assertThatExceptionOfType(UnsafeSecret.class).isThrownBy(() -> start(missing))
			.withMessageContaining("RUSTOK_CUSTOMERS_SESSION_KEY");
	}

	@Test
	void refusesTheCommittedWebhookEncryptionKeyOrNone() {
		MockEnvironment committed = production().withProperty("rustok.webhooks.encryption-key",
				"dev:dev-only-webhook-encryption-key-change-me");
		MockEnvironment none = new MockEnvironment()
			.withProperty("rustok.gateway.secret", "a-gateway-secret-from-the-environment")
			.withProperty("spring.datasource.password", "a-database-password")
			.withProperty("rustok.staff.keycloak-client-secret", "a-staff-client-secret")
			.withProperty("rustok.customers.session-key", "a-customer-session-key-from-a-secret-file");

		assertThatExceptionOfType(UnsafeSecret.class).isThrownBy(() -> start(committed))
			.withMessageContaining("rustok.webhooks.encryption-key holds the value committed")
			.withMessageNotContaining("dev-only-webhook-encryption-key-change-me");
		assertThatExceptionOfType(UnsafeSecret.class).isThrownBy(() -> start(none))
			.withMessageContaining("RUSTOK_WEBHOOKS_ENCRYPTION_KEY");
	}

	@Test
	void startsWithEveryShardsPasswordSet() {
		MockEnvironment environment = production()
			.withProperty("rustok.shards.eu2.url", "jdbc:postgresql://db-eu2:5432/rustok")
			.withProperty("rustok.shards.eu2.password", "a-real-secret");

		assertThatNoException().isThrownBy(() -> start(environment));
	}

	@Test
	void refusesToManageStaffWithoutTheStaffClientsSecret() {
		MockEnvironment withoutStaffSecret = new MockEnvironment()
			.withProperty("rustok.gateway.secret", "a-gateway-secret-from-the-environment")
			.withProperty("spring.datasource.password", "a-database-password");

		assertThatExceptionOfType(UnsafeSecret.class).isThrownBy(() -> start(withoutStaffSecret))
			.withMessageContaining("rustok.staff.keycloak-client-secret is not set")
			.withMessageContaining("RUSTOK_STAFF_KEYCLOAK_CLIENT_SECRET");
	}

	@Test
	void allowsAShardWithoutAPasswordInTheDevProfile() {
		MockEnvironment environment = production().withProperty("rustok.shards.eu2.url",
				"jdbc:postgresql://127.0.0.1:5432/rustok_eu2");
		environment.setActiveProfiles("dev");

		assertThatNoException().isThrownBy(() -> start(environment));
	}

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("rustok.gateway.secret", "a-gateway-secret-from-the-environment")
			.withProperty("spring.datasource.password", "a-database-password")
			.withProperty("rustok.staff.keycloak-client-secret", "a-staff-client-secret")
			.withProperty("rustok.customers.session-key", "a-customer-session-key-from-a-secret-file")
			.withProperty("rustok.webhooks.encryption-key", "k1:a-webhook-encryption-key-from-a-secret-file");
	}

	private static void start(MockEnvironment environment) {
		new RequiredSecrets().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

}
