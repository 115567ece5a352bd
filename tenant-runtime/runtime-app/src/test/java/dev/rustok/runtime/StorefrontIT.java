package dev.rustok.runtime;

import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorefrontIT extends RuntimeIntegrationTest {

	@Test
	void showsTheShopsNewestProductsOnTheHomePage() {
		Shop acme = shop("acme");
		String name = "Storefront lamp " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.runtime
			.createProduct(acme.id(), acme.ownerToken(),
					RuntimeClient.productJson("LAMP-" + UUID.randomUUID().toString().substring(0, 8), name, 3999,
							"EUR"))
			.status()).isEqualTo(201);

		Answer home = this.runtime.get(acme.id(), "/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.contentType()).startsWith("text/html");
		// the name the merchant chose at signup, which provisioning stored in the shop's
		// schema
		assertThat(home.body()).contains("<title>Shop acme</title>")
			.contains("class=\"shop-name\">Shop acme<")
			.contains("class=\"product\"")
			.containsPattern("class=\"product-name\">" + name + "<")
			.contains("39.99 EUR")
			.doesNotContain("No products yet");
	}

	@Test
	void escapesWhatMerchantsTypeIntoProductNames() {
		Shop acme = shop("acme");
		assertThat(this.runtime
			.createProduct(acme.id(), acme.ownerToken(),
					RuntimeClient.productJson("XSS-" + UUID.randomUUID().toString().substring(0, 8),
							"<script>alert(1)</script>", 100, "EUR"))
			.status()).isEqualTo(201);

		String page = this.runtime.get(acme.id(), "/").body();

		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	void tellsShoppersWhenThereAreNoProductsYet() {
		Shop other = shop("other");

		Answer home = this.runtime.get(other.id(), "/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("No products yet").doesNotContain("class=\"product\"");
	}

}
