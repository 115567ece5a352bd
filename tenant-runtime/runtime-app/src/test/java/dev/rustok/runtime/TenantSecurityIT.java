package dev.rustok.runtime;

import dev.rustok.devservices.KeycloakTokens;

import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantSecurityIT extends RuntimeIntegrationTest {

	@Test
	void rejectsAWriteWithoutAToken() {
		Shop acme = shop("acme");

		Answer anonymous = this.runtime.createProduct(acme.id(), null,
				RuntimeClient.productJson("ANON-1", "Anonymous", 100, "EUR"));

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(acme.skusInOwnSchema()).doesNotContain("ANON-1");
	}

	@Test
	void rejectsATokenFromAnotherTenant() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		String sku = "FOREIGN-" + UUID.randomUUID().toString().substring(0, 8);

		Answer foreign = this.runtime.createProduct(acme.id(), other.ownerToken(),
				RuntimeClient.productJson(sku, "Foreign", 100, "EUR"));

		assertThat(foreign.status()).isEqualTo(401);
		assertThat(foreign.contentType()).startsWith("application/problem+json");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
		assertThat(other.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void rejectsATokenFromAnotherTenantAlsoOnceItsOwnShopHasAcceptedIt() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		String token = other.ownerToken();
		String sku = "REMEMBERED-" + UUID.randomUUID().toString().substring(0, 8);

		Answer atItsShop = this.runtime.createProduct(other.id(), token,
				RuntimeClient.productJson(sku + "-OWN", "Own", 100, "EUR"));
		Answer elsewhere = this.runtime.createProduct(acme.id(), token,
				RuntimeClient.productJson(sku, "Foreign", 100, "EUR"));

		assertThat(atItsShop.status()).isEqualTo(201);
		assertThat(elsewhere.status()).isEqualTo(401);
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void rejectsAForgedTokenAlsoOnceTheGenuineOneHasBeenAccepted() {
		Shop acme = shop("acme");
		String token = acme.ownerToken();
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

		Answer genuine = this.runtime.createProduct(acme.id(), token,
				RuntimeClient.productJson("GENUINE-1", "Genuine", 100, "EUR"));
		Answer answer = this.runtime.createProduct(acme.id(), forged,
				RuntimeClient.productJson("FORGED-2", "Forged", 100, "EUR"));

		assertThat(genuine.status()).isEqualTo(201);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(acme.skusInOwnSchema()).doesNotContain("FORGED-2");
	}

	@Test
	void rejectsAForgedToken() {
		Shop acme = shop("acme");
		String token = acme.ownerToken();
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

		Answer answer = this.runtime.createProduct(acme.id(), forged,
				RuntimeClient.productJson("FORGED-1", "Forged", 100, "EUR"));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(acme.skusInOwnSchema()).doesNotContain("FORGED-1");
	}

	@Test
	void forbidsStaffWithoutACatalogueRole() {
		Shop acme = shop("acme");
		String username = "staff-" + UUID.randomUUID() + "@example.test";
		StaffUsers.createWithoutRoles(acme.route().realm(), username, "staff-password");
		String token = new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(acme.route().realm(), username,
				"staff-password");

		Answer staff = this.runtime.createProduct(acme.id(), token,
				RuntimeClient.productJson("STAFF-1", "By staff", 100, "EUR"));

		assertThat(staff.status()).isEqualTo(403);
		assertThat(staff.contentType()).startsWith("application/problem+json");
		assertThat(acme.skusInOwnSchema()).doesNotContain("STAFF-1");
	}

	@Test
	void letsAnyoneReadTheStorefrontButNotTheAdminApi() {
		Shop acme = shop("acme");

		Answer home = this.runtime.get(acme.id(), "/");
		Answer admin = this.runtime.get(acme.id(), "/api/admin/products");

		assertThat(home.status()).isEqualTo(200);
		assertThat(admin.status()).isEqualTo(401);
		assertThat(admin.contentType()).startsWith("application/problem+json");
	}

	@Test
	void reportsHealthOnTheManagementPortWithoutGatewayHeaders() {
		Answer health = management().send(management().unsigned("/actuator/health").GET());

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

}
