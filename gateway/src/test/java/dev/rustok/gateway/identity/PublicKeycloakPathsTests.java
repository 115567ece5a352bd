package dev.rustok.gateway.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicKeycloakPathsTests {

	private final PublicKeycloakPaths paths = new PublicKeycloakPaths("platform", null);

	@Test
	void servesAShopRealmsEndpointsAndTheThemesResources() {
		assertThat(this.paths.served("/realms/tenant-demo/protocol/openid-connect/token")).isTrue();
		assertThat(this.paths.served("/realms/tenant-demo-2/login-actions/authenticate")).isTrue();
		assertThat(this.paths.served("/resources/abc/login/keycloak/css/login.css")).isTrue();
	}

	@Test
	void servesThePlatformRealmsSignInForTheConsole() {
		assertThat(this.paths.served("/realms/platform/protocol/openid-connect/auth")).isTrue();
		assertThat(this.paths.served("/realms/platform/login-actions/authenticate")).isTrue();
		assertThat(this.paths.served("/realms/platform/protocol/openid-connect/token")).isTrue();
	}

	@Test
	void servesTheConfiguredPlatformRealmOnly() {
		PublicKeycloakPaths ownRealm = new PublicKeycloakPaths("platform-e2e-1a2b", null);
		assertThat(ownRealm.served("/realms/platform-e2e-1a2b/protocol/openid-connect/auth")).isTrue();
		assertThat(ownRealm.served("/realms/platform/protocol/openid-connect/auth")).isFalse();
	}

	@Test
	void neverServesTheMasterRealmOrTheAdminConsoleHoweverTheyAreSpelt() {
		assertThat(this.paths.served("/realms/master/protocol/openid-connect/token")).isFalse();
		assertThat(this.paths.served("/realms/MASTER/protocol/openid-connect/token")).isFalse();
		assertThat(this.paths.served("/realms/%6Daster/protocol/openid-connect/token")).isFalse();
		assertThat(this.paths.served("/realms/ma%73ter/account")).isFalse();
		assertThat(this.paths.served("/admin/master/console/")).isFalse();
		assertThat(this.paths.served("/realms/%zz/account")).isFalse();
	}

	@Test
	void neverServesARealmThatIsNeitherAShopsNorThePlatforms() {
		assertThat(this.paths.served("/realms/internal-tools/protocol/openid-connect/token")).isFalse();
		assertThat(this.paths.served("/realms/tenant-/account")).isFalse();
		assertThat(this.paths.served("/realms/tenant-Demo/account")).isFalse();
		assertThat(this.paths.served("/realms/platformx/account")).isFalse();
	}

}
