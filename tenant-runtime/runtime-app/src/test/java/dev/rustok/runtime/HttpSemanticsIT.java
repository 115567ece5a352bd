package dev.rustok.runtime;

import java.net.http.HttpRequest;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HEAD, OPTIONS and CORS preflights on a shop, answered as HTTP and the Fetch standard
 * say.
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

	@Test
	void letsPagesOfTheShopsOwnHostCallItsApi() {
		Shop acme = shop("acme");
		String origin = "http://" + acme.route().host() + ":8080";

		Answer preflight = this.runtime.send(options(acme, "/api/admin/products").header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization, content-type"));
		Answer read = this.runtime.send(this.runtime.request(acme.id(), "/api/admin/products")
			.header("Origin", origin)
			.header("Authorization", "Bearer " + acme.ownerToken())
			.GET());

		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
		assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
		// bearer tokens only: a browser never sends the shop's cookies along
		assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(origin);
	}

	@Test
	void refusesAPreflightFromAnotherSite() {
		Shop acme = shop("acme");
		Shop other = shop("other");

		Answer foreign = this.runtime.send(options(acme, "/api/admin/products").header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST"));
		Answer otherShop = this.runtime
			.send(options(acme, "/api/admin/products").header("Origin", "https://" + other.route().host())
				.header("Access-Control-Request-Method", "POST"));
		Answer lookalike = this.runtime.send(options(acme, "/api/admin/products")
			.header("Origin", "https://" + acme.route().host() + ".evil.example")
			.header("Access-Control-Request-Method", "GET"));

		for (Answer refused : new Answer[] { foreign, otherShop, lookalike }) {
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
		}
	}

	@Test
	void refusesAReadFromAnotherSitesPage() {
		Shop acme = shop("acme");

		Answer read = this.runtime.send(this.runtime.request(acme.id(), "/api/admin/products")
			.header("Origin", "https://evil.example")
			.header("Authorization", "Bearer " + acme.ownerToken())
			.GET());

		assertThat(read.status()).isEqualTo(403);
		assertThat(read.header("Access-Control-Allow-Origin")).isNull();
		assertThat(read.body()).doesNotContain("\"items\"");
	}

	private HttpRequest.Builder options(Shop shop, String path) {
		return this.runtime.request(shop.id(), path).method("OPTIONS", HttpRequest.BodyPublishers.noBody());
	}

}
