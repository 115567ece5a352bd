package dev.rustok.devservices;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerIT {

	@Test
	void theSharedKeycloakIssuesAnAdminTokenForItsBootstrapAdmin() {
		KeycloakServer keycloak = KeycloakServer.shared();

		String token = new KeycloakTokens(keycloak).adminToken();

		assertThat(KeycloakTokens.claims(token).path("iss").asString())
			.isEqualTo(keycloak.baseUrl() + "/realms/master");
	}

	@Test
	void aRefusedPasswordGrantSaysWhoWasRefused() {
		KeycloakTokens tokens = new KeycloakTokens(KeycloakServer.shared());

		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> tokens.passwordGrant("master", "admin-cli", "nobody", "wrong-password"))
			.withMessageContaining("nobody")
			.withMessageContaining("invalid_grant");
	}

}
