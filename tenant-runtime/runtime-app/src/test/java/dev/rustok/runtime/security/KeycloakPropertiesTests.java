package dev.rustok.runtime.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakPropertiesTests {

	@Test
	void tokensIssuedThroughTheGatewaysAuthHostAreCheckedAgainstKeysFetchedDirectly() {
		KeycloakProperties keycloak = new KeycloakProperties("http://127.0.0.1:8180/", "http://auth.localhost:8080/",
				false);

		assertThat(keycloak.acceptedIssuers("tenant-acme"))
			.containsExactly("http://auth.localhost:8080/realms/tenant-acme");
		assertThat(keycloak.jwkSetUri("tenant-acme"))
			.isEqualTo("http://127.0.0.1:8180/realms/tenant-acme/protocol/openid-connect/certs");
		assertThat(keycloak.browserEndpoints().openIdConnect("tenant-acme"))
			.isEqualTo("http://auth.localhost:8080/realms/tenant-acme/protocol/openid-connect");
		assertThat(keycloak.backChannelEndpoints().openIdConnect("tenant-acme"))
			.isEqualTo("http://127.0.0.1:8180/realms/tenant-acme/protocol/openid-connect");
	}

	@Test
	void duringASwitchOverTheRealmsTokensAreAcceptedUnderKeycloaksOwnAddressToo() {
		KeycloakProperties keycloak = new KeycloakProperties("http://127.0.0.1:8180", "http://auth.localhost:8080",
				true);

		assertThat(keycloak.acceptedIssuers("tenant-acme")).containsExactlyInAnyOrder(
				"http://auth.localhost:8080/realms/tenant-acme", "http://127.0.0.1:8180/realms/tenant-acme");
	}

	@Test
	void withoutAPublicUrlBrowsersAndTokensUseKeycloaksOwnAddress() {
		KeycloakProperties keycloak = new KeycloakProperties("http://127.0.0.1:8180", null, true);

		assertThat(keycloak.publicUrl()).isEqualTo("http://127.0.0.1:8180");
		assertThat(keycloak.acceptedIssuers("tenant-acme")).containsExactly("http://127.0.0.1:8180/realms/tenant-acme");
	}

}
