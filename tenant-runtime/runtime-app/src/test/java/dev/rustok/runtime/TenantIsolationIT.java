package dev.rustok.runtime;

import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantIsolationIT extends RuntimeIntegrationTest {

	@Test
	void keepsEachTenantsProductsToItself() {
		Shop acme = shop("acme");
		Shop other = shop("other");
		String sku = "ONLY-ACME-" + UUID.randomUUID().toString().substring(0, 8);

		Answer created = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				RuntimeClient.productJson(sku, "Acme exclusive", 4200, "EUR"));
		assertThat(created.status()).isEqualTo(201);

		assertThat(titles(acme)).contains("Acme exclusive");
		assertThat(titles(other)).doesNotContain("Acme exclusive");
		assertThat(this.runtime.get(other.id(), other.ownerToken(), created.header("Location")).status())
			.isEqualTo(404);
		String edit = RuntimeClient.productJson(sku, "Taken over", 1, "EUR").replaceFirst("\\{", "{\"version\":1,");
		assertThat(this.runtime.put(other.id(), other.ownerToken(), created.header("Location"), edit).status())
			.isEqualTo(404);
		assertThat(
				this.runtime.delete(other.id(), other.ownerToken(), created.header("Location") + "?version=1").status())
			.isEqualTo(404);
		assertThat(
				this.runtime.post(other.id(), other.ownerToken(), created.header("Location") + "/archive", "").status())
			.isEqualTo(404);
		assertThat(this.runtime.get(acme.id(), acme.ownerToken(), created.header("Location"))
			.json()
			.get("title")
			.asString()).isEqualTo("Acme exclusive");
		assertThat(this.runtime.get(other.id(), "/").body()).doesNotContain("Acme exclusive");
		assertThat(acme.skusInOwnSchema()).contains(sku);
		assertThat(other.skusInOwnSchema()).doesNotContain(sku);
	}

	private java.util.List<String> titles(Shop shop) {
		return this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/products?limit=100")
			.json()
			.get("items")
			.findValuesAsString("title");
	}

}
