package dev.rustok.controlplane.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RealmIssuersTests {

	static final RealmEndpoints AUTH_HOST = new RealmEndpoints("http://auth.localhost:8080/");

	static final RealmEndpoints KEYCLOAK = new RealmEndpoints("http://127.0.0.1:8180");

	@Test
	void duringASwitchOverARealmIsAcceptedUnderItsPublicAndItsOwnAddressOnly() {
		RealmIssuers issuers = new RealmIssuers(AUTH_HOST, KEYCLOAK, true);

		assertThat(issuers.of("tenant-acme")).containsExactlyInAnyOrder("http://auth.localhost:8080/realms/tenant-acme",
				"http://127.0.0.1:8180/realms/tenant-acme");
	}

	@Test
	void onceTheSwitchOverIsOverOnlyThePublicIssuerIsAccepted() {
		RealmIssuers issuers = new RealmIssuers(AUTH_HOST, KEYCLOAK, false);

		assertThat(issuers.of("tenant-acme")).containsExactly("http://auth.localhost:8080/realms/tenant-acme");
	}

	@Test
	void withoutAPublicUrlThereIsOneIssuer() {
		RealmIssuers issuers = new RealmIssuers(KEYCLOAK, KEYCLOAK, true);

		assertThat(issuers.of("tenant-acme")).containsExactly("http://127.0.0.1:8180/realms/tenant-acme");
	}

}
