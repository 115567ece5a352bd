package dev.rustok.provisioning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import static org.assertj.core.api.Assertions.assertThat;

class TenantRealmTests {

	private static final TenantOrder ORDER = new TenantOrder("acme", "Tom & Jerry (Vintage)", "jo@acme.example",
			new OwnerPassword("{}", "{}"), "trial");

	@Test
	void letsLoginsReturnOnlyToEachOfTheShopsHostsOverTheGivenSchemeAndPort() {
		RealmRepresentation realm = TenantRealm.of(ORDER, List.of("acme.shops.example", "www.acme.example"),
				new PublicAddress("https", 443), false);

		ClientRepresentation storefront = client(realm, "storefront");
		assertThat(storefront.getRedirectUris()).containsExactly("https://acme.shops.example/auth/callback",
				"https://www.acme.example/auth/callback");
		assertThat(storefront.getWebOrigins()).containsExactly("https://acme.shops.example",
				"https://www.acme.example");
		assertThat(storefront.getAttributes()).containsEntry("post.logout.redirect.uris",
				"https://acme.shops.example/##https://www.acme.example/");
		assertThat(client(realm, "admin").getRedirectUris()).containsExactly(
				"https://acme.shops.example/admin/auth/callback", "https://www.acme.example/admin/auth/callback");
		assertThat(realm.getClients()).allSatisfy((client) -> {
			assertThat(client.getRedirectUris()).noneMatch((uri) -> uri.contains("*"));
			assertThat(client.getWebOrigins()).doesNotContain("+", "*");
		});
	}

	@Test
	void aRealmServedThroughTheGatewayNamesItsAuthHostAsFrontendUrl() {
		RealmRepresentation realm = TenantRealm.of(ORDER, List.of("acme.localhost"), PublicAddress.DEV, false);
		assertThat((realm.getAttributes() != null) ? realm.getAttributes() : Map.of()).doesNotContainKey("frontendUrl");

		TenantRealm.servedAt(realm, "http://auth.localhost:8080");

		assertThat(realm.getAttributes()).containsEntry("frontendUrl", "http://auth.localhost:8080");
	}

	@Test
	void settingsForgetAPublicKeycloakUrlThatIsKeycloaksOwn() {
		ProvisioningSettings same = new ProvisioningSettings("http://127.0.0.1:8180/", "admin", "pw", "localhost",
				PublicAddress.DEV, false, "http://127.0.0.1:8180");
		ProvisioningSettings gateway = new ProvisioningSettings("http://127.0.0.1:8180", "admin", "pw", "localhost",
				PublicAddress.DEV, false, "http://auth.localhost:8080/");

		assertThat(same.keycloakPublicUrl()).isNull();
		assertThat(gateway.keycloakPublicUrl()).isEqualTo("http://auth.localhost:8080");
		assertThat(gateway.withDevPasswordGrantClient().keycloakPublicUrl()).isEqualTo("http://auth.localhost:8080");
	}

	@Test
	void hasThePasswordGrantClientOnlyWhenAskedAndNoPasswordGrantOnTheShopsClients() {
		RealmRepresentation production = TenantRealm.of(ORDER, List.of("acme.localhost"), PublicAddress.DEV, false);
		RealmRepresentation dev = TenantRealm.of(ORDER, List.of("acme.localhost"), PublicAddress.DEV, true);

		assertThat(production.getClients()).extracting(ClientRepresentation::getClientId)
			.containsExactly("storefront", "admin");
		assertThat(production.getClients()).allSatisfy((client) -> {
			assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
			assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
		});
		assertThat(client(dev, "rustok-dev-cli").isDirectAccessGrantsEnabled()).isTrue();
		assertThat(client(dev, "rustok-dev-cli").isStandardFlowEnabled()).isFalse();
	}

	@Test
	void everyClientPutsTheShopsApiInItsAccessTokensAudience() {
		RealmRepresentation dev = TenantRealm.of(ORDER, List.of("acme.localhost"), PublicAddress.DEV, true);

		assertThat(dev.getClients()).hasSize(3)
			.allSatisfy((client) -> assertThat(client.getProtocolMappers()).singleElement().satisfies((mapper) -> {
				assertThat(mapper.getProtocolMapper()).isEqualTo("oidc-audience-mapper");
				assertThat(mapper.getConfig()).containsEntry("included.custom.audience", "shop-acme")
					.containsEntry("access.token.claim", "true");
			}));
	}

	@Test
	void letsShoppersSignUpAndKeepsTheCustomerRoleBesideTheStaffRoles() {
		RealmRepresentation realm = TenantRealm.of(ORDER, List.of("acme.localhost"), PublicAddress.DEV, false);

		assertThat(realm.isRegistrationAllowed()).isTrue();
		assertThat(realm.isRegistrationEmailAsUsername()).isTrue();
		assertThat(realm.getRoles().getRealm()).extracting((role) -> role.getName()).contains("customer", "owner");
		assertThat(realm.getUsers()).singleElement()
			.satisfies((owner) -> assertThat(owner.getRealmRoles()).containsExactly("owner"));
	}

	@Test
	void keepsTheShopNameOutOfTheOwnersProfile() {
		RealmRepresentation realm = TenantRealm.of(ORDER, List.of("acme.localhost"), PublicAddress.DEV, false);

		assertThat(realm.getDisplayName()).isEqualTo("Tom & Jerry (Vintage)");
		assertThat(realm.getUsers()).singleElement().satisfies((owner) -> {
			assertThat(owner.getFirstName()).isNull();
			assertThat(owner.getLastName()).isNull();
		});
		assertThat(realm.getComponents()).containsKey("org.keycloak.userprofile.UserProfileProvider");
	}

	@Test
	void locksOutGuessersForAWhileAndEnforcesThePasswordPolicy() {
		RealmRepresentation realm = TenantRealm.of(ORDER, List.of("acme.localhost"), PublicAddress.DEV, false);

		assertThat(realm.isBruteForceProtected()).isTrue();
		assertThat(realm.isPermanentLockout()).isFalse();
		assertThat(realm.getFailureFactor()).isEqualTo(5);
		assertThat(realm.getPasswordPolicy()).isEqualTo("length(12) and maxLength(128) and notUsername and notEmail");
	}

	private static ClientRepresentation client(RealmRepresentation realm, String clientId) {
		return realm.getClients()
			.stream()
			.filter((client) -> client.getClientId().equals(clientId))
			.findFirst()
			.orElseThrow();
	}

}
