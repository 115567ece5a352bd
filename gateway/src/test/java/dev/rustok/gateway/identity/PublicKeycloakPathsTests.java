package dev.rustok.gateway.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicKeycloakPathsTests {

	@Test
	void servesAShopRealmsEndpointsAndTheThemesResources() {
		assertThat(PublicKeycloakPaths.served("/realms/tenant-demo/protocol/openid-connect/token")).isTrue();
		assertThat(PublicKeycloakPaths.served("/realms/tenant-demo/login-actions/authenticate")).isTrue();
		assertThat(PublicKeycloakPaths.served("/resources/abc/login/keycloak/css/login.css")).isTrue();
	}

	@Test
	void servesThePlatformRealmsSignInForTheConsole() {
		assertThat(PublicKeycloakPaths.served("/realms/platform/protocol/openid-connect/auth")).isTrue();
		assertThat(PublicKeycloakPaths.served("/realms/platform/login-actions/authenticate")).isTrue();
		assertThat(PublicKeycloakPaths.served("/realms/platform/protocol/openid-connect/token")).isTrue();
	}

	@Test
	void neverServesTheMasterRealmOrTheAdminConsoleHoweverTheyAreSpelt() {
		assertThat(PublicKeycloakPaths.served("/realms/master/protocol/openid-connect/token")).isFalse();
		assertThat(PublicKeycloakPaths.served("/realms/MASTER/protocol/openid-connect/token")).isFalse();
		assertThat(PublicKeycloakPaths.served("/realms/%6Daster/protocol/openid-connect/token")).isFalse();
		assertThat(PublicKeycloakPaths.served("/realms/ma%73ter/account")).isFalse();
		assertThat(PublicKeycloakPaths.served("/admin/master/console/")).isFalse();
		assertThat(PublicKeycloakPaths.served("/realms/%zz/account")).isFalse();
	}

}
