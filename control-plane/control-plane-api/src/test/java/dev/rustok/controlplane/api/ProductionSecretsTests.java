package dev.rustok.controlplane.api;

import java.util.List;
import java.util.Map;

import dev.rustok.controlplane.api.ProductionSecrets.UnsafeSecret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductionSecretsTests {

	private static final List<ProductionSecrets.Secret> GATEWAY = List.of(ProductionSecrets.GATEWAY_SECRET);

	@Test
	void refusesTheCommittedGatewaySecretOutsideDevelopmentAndSaysHowToSetIt() {
		Map<String, String> configuration = Map.of("rustok.gateway.secret", "dev-only-gateway-secret-change-me");

		assertThatExceptionOfType(UnsafeSecret.class)
			.isThrownBy(() -> ProductionSecrets.verify(false, configuration::get, GATEWAY))
			.withMessageContaining("rustok.gateway.secret holds the value committed for local development")
			.withMessageContaining("RUSTOK_GATEWAY_SECRET")
			.withMessageContaining("/run/secrets/rustok")
			.withMessageNotContaining("dev-only-gateway-secret-change-me")
			.withMessageNotContaining("\n");
	}

	@Test
	void refusesAMissingOrBlankSecretOutsideDevelopment() {
		List<ProductionSecrets.Secret> database = List.of(ProductionSecrets.DATABASE_PASSWORD);

		assertThatExceptionOfType(UnsafeSecret.class)
			.isThrownBy(() -> ProductionSecrets.verify(false, Map.<String, String>of()::get, database))
			.withMessageContaining("spring.datasource.password is not set")
			.withMessageContaining("SPRING_DATASOURCE_PASSWORD");
		assertThatExceptionOfType(UnsafeSecret.class).isThrownBy(
				() -> ProductionSecrets.verify(false, Map.of("spring.datasource.password", " ")::get, database));
	}

	@Test
	void namesEveryRefusedSecretAtOnce() {
		Map<String, String> configuration = Map.of("rustok.keycloak.admin-password", "admin");

		assertThatExceptionOfType(UnsafeSecret.class)
			.isThrownBy(() -> ProductionSecrets.verify(false, configuration::get,
					List.of(ProductionSecrets.KEYCLOAK_ADMIN_PASSWORD,
							ProductionSecrets.CONSOLE_BOOTSTRAP_ADMIN_PASSWORD)))
			.withMessageContaining("RUSTOK_KEYCLOAK_ADMIN_PASSWORD")
			.withMessageContaining("rustok.console.bootstrap-admin-password is not set");
	}

	@Test
	void acceptsARealSecretOutsideDevelopment() {
		Map<String, String> configuration = Map.of("rustok.gateway.secret", "9c1f0e8a7b6d5c4e3f2a1b0c9d8e7f6a");

		assertThatCode(() -> ProductionSecrets.verify(false, configuration::get, GATEWAY)).doesNotThrowAnyException();
	}

	@Test
	void acceptsCommittedValuesInTheDevProfile() {
		Map<String, String> configuration = Map.of("rustok.gateway.secret", "dev-only-gateway-secret-change-me");

		assertThatCode(() -> ProductionSecrets.verify(true, configuration::get, GATEWAY)).doesNotThrowAnyException();
	}

}
