package dev.rustok.runtime;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, error pages of the container included, is problem+json (or an HTML page
 * for a browser) and carries the security headers.
 */
class ErrorPagesIT extends RuntimeIntegrationTest {

	@Test
	void answersNotFoundForTheErrorPathAskedDirectly() {
		Shop acme = shop("acme");

		Answer json = this.runtime.get(acme.id(), "/error");
		Answer page = this.runtime.send(this.runtime.request(acme.id(), "/error").header("Accept", "text/html").GET());

		assertThat(json.status()).isEqualTo(404);
		assertThat(json.contentType()).startsWith("application/problem+json");
		assertThat(json.json().get("status").asInt()).isEqualTo(404);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("404 Not Found").doesNotContain("999");
		assertSecurityHeaders(json);
		assertSecurityHeaders(page);
	}

	@Test
	void answersAnEncodedSlashInThePathWithAProblemAndSecurityHeaders() {
		Shop acme = shop("acme");

		Answer json = this.runtime.get(acme.id(), "/api%2fproducts");
		Answer page = this.runtime
			.send(this.runtime.request(acme.id(), "/api%2Fproducts").header("Accept", "text/html").GET());

		assertThat(json.status()).isEqualTo(400);
		assertThat(json.contentType()).startsWith("application/problem+json");
		assertThat(json.json().get("status").asInt()).isEqualTo(400);
		assertThat(json.body()).doesNotContainIgnoringCase("tomcat");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("400 Bad Request").doesNotContainIgnoringCase("tomcat");
		assertSecurityHeaders(json);
		assertSecurityHeaders(page);
	}

	@Test
	void answersASemicolonInThePathWithAProblemAndSecurityHeaders() {
		Shop acme = shop("acme");

		Answer answer = this.runtime.get(acme.id(), "/api;x/products");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("status").asInt()).isEqualTo(400);
		assertThat(answer.json().has("timestamp")).isFalse();
		assertSecurityHeaders(answer);
	}

	@Test
	void refusalsBeforeTheShopIsKnownCarrySecurityHeadersToo() {
		Answer noTenant = this.runtime.send(this.runtime.unsigned("/").GET());

		assertThat(noTenant.status()).isEqualTo(400);
		assertSecurityHeaders(noTenant);
	}

	@Test
	void storefrontPagesForbidInlineCodeAndKeepTheirStylesheetOnTheShop() {
		Shop acme = shop("acme");

		Answer home = this.runtime.get(acme.id(), "/");
		Answer stylesheet = this.runtime.get(acme.id(), "/css/storefront.css");

		assertThat(home.status()).isEqualTo(200);
		assertSecurityHeaders(home);
		assertThat(home.header("Content-Security-Policy")).contains("default-src 'none'", "style-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(home.body()).doesNotContain("<style").contains("href=\"/css/storefront.css\"");
		assertThat(stylesheet.status()).isEqualTo(200);
		assertThat(stylesheet.contentType()).startsWith("text/css");
		assertThat(stylesheet.body()).contains(".product");
	}

	private static void assertSecurityHeaders(Answer answer) {
		assertThat(answer.header("Content-Security-Policy")).as("Content-Security-Policy")
			.contains("default-src 'none'");
		assertThat(answer.header("Referrer-Policy")).as("Referrer-Policy").isEqualTo("strict-origin-when-cross-origin");
		assertThat(answer.header("X-Content-Type-Options")).as("X-Content-Type-Options").isEqualTo("nosniff");
	}

}
