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

		assertThat(this.runtime.get(acme.id(), "/api/products?size=100").json().get("items").findValuesAsString("sku"))
			.contains(sku);
		assertThat(this.runtime.get(other.id(), "/api/products?size=100").json().get("items").findValuesAsString("sku"))
			.doesNotContain(sku);
		assertThat(this.runtime.get(other.id(), created.header("Location")).status()).isEqualTo(404);
		assertThat(this.runtime.get(other.id(), "/").body()).doesNotContain("Acme exclusive");
		assertThat(acme.skusInOwnSchema()).contains(sku);
		assertThat(other.skusInOwnSchema()).doesNotContain(sku);
	}

}
