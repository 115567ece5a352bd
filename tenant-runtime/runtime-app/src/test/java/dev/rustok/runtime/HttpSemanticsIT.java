package dev.rustok.runtime;

import java.net.http.HttpRequest;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HEAD and OPTIONS on a shop, answered as HTTP says (CORS is the gateway's:
 * GatewayCorsIT) say.
 */
class HttpSemanticsIT extends RuntimeIntegrationTest {

	@Test
	void answersHeadOnTheHomePageLikeGetWithoutABody() {
		Shop acme = shop("acme");

		Answer head = this.runtime.head(acme.id(), "/");

		assertThat(head.status()).isEqualTo(200);
		assertThat(head.contentType()).startsWith("text/html");
		assertThat(head.body()).isEmpty();
	}

	@Test
	void answersHeadOnTheProductListLikeGetWithoutABody() {
		Shop acme = shop("acme");

		Answer head = this.runtime.send(this.runtime.request(acme.id(), "/api/admin/products")
			.header("Authorization", "Bearer " + acme.ownerToken())
			.HEAD());

		assertThat(head.status()).isEqualTo(200);
		assertThat(head.contentType()).startsWith("application/json");
		assertThat(head.body()).isEmpty();
	}

	@Test
	void answersAPlainOptionsWithTheMethodsAnAddressAllows() {
		Shop acme = shop("acme");

		Answer settings = this.runtime.send(options(acme, "/api/admin/settings"));
		Answer admin = this.runtime.send(options(acme, "/api/admin/products"));

		assertThat(settings.status()).isEqualTo(200);
		assertThat(settings.header("Allow")).contains("GET", "HEAD", "PUT").doesNotContain("POST");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.header("Allow")).contains("POST");
	}

	private HttpRequest.Builder options(Shop shop, String path) {
		return this.runtime.request(shop.id(), path).method("OPTIONS", HttpRequest.BodyPublishers.noBody());
	}

}
