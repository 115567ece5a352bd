package dev.rustok.controlplane.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names and addresses every service must agree on. */
class PlatformProtocolTests {

	@Test
	void aRealmsTokensAreIssuedAndSignedUnderKeycloaksRealmPath() {
		RealmEndpoints keycloak = new RealmEndpoints("http://127.0.0.1:8180/");

		assertThat(keycloak.issuer("tenant-acme")).isEqualTo("http://127.0.0.1:8180/realms/tenant-acme");
		assertThat(keycloak.jwkSetUri("tenant-acme"))
			.isEqualTo("http://127.0.0.1:8180/realms/tenant-acme/protocol/openid-connect/certs");
	}

	@Test
	void realmRolesAreReadFromRealmAccessAndAnythingElseThereIsIgnored() {
		Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("owner", 7, "viewer")),
				"resource_access", Map.of("roles", List.of("admin")));

		assertThat(RealmRolesClaim.roles(claims)).containsExactly("owner", "viewer");
		assertThat(RealmRolesClaim.roles(Map.of("realm_access", "owner"))).isEmpty();
		assertThat(RealmRolesClaim.roles(Map.of())).isEmpty();
	}

	@Test
	void shopsPortalAndConsoleLiveUnderThePlatformDomainInLowerCase() {
		PlatformHosts hosts = new PlatformHosts("Rustok.DEV");

		assertThat(hosts.storefront("acme")).isEqualTo("acme.rustok.dev");
		assertThat(hosts.portal()).isEqualTo("portal.rustok.dev");
		assertThat(hosts.console()).isEqualTo("console.rustok.dev");
	}

}
