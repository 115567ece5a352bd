package dev.rustok.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop admin's page and the realm it signs in to. The sign-in itself, through the
 * real login form in a browser, is the e2e journey's.
 */
class AdminAppIT extends RuntimeIntegrationTest {

	@Test
	void servesTheAdminAtItsEntryAndCallbackAddressesWithAPolicyThatLetsOnlyItsOwnScriptsRun() {
		Shop acme = shop("acme");
		String keycloakOrigin = URI.create(RuntimePlatform.KEYCLOAK.baseUrl()).resolve("/").toString();
		for (String path : new String[] { "/admin", "/admin/", "/admin/index.html",
				"/admin/auth/callback?code=x&state=y" }) {
			Answer page = this.runtime.get(acme.id(), path);

			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.contentType()).as(path).startsWith("text/html");
			assertThat(page.body()).as(path).contains("<script type=\"module\" src=\"/admin/app.js\"></script>");
			assertThat(page.response().headers().allValues("Content-Security-Policy")).as(path)
				.singleElement()
				.satisfies((policy) -> assertThat(policy).contains("script-src 'self';")
					.contains("connect-src 'self' " + keycloakOrigin.substring(0, keycloakOrigin.length() - 1) + ";")
					.contains("default-src 'none'")
					.contains("frame-ancestors 'none'")
					.doesNotContain("unsafe-inline")
					.doesNotContain("unsafe-eval"));
			assertThat(page.header("Cache-Control")).as(path).contains("no-store");
		}
	}

	@Test
	void theAppsScriptsAreServedAndOtherPagesKeepThePolicyWithoutScripts() {
		Shop acme = shop("acme");

		Answer script = this.runtime.get(acme.id(), "/admin/app.js");
		Answer storefront = this.runtime.get(acme.id(), "/");

		assertThat(script.status()).isEqualTo(200);
		assertThat(script.contentType()).contains("javascript");
		assertThat(script.body()).contains("import");
		assertThat(storefront.header("Content-Security-Policy")).doesNotContain("script-src")
			.doesNotContain("connect-src");
	}

	@Test
	void tellsTheAppToSignInToItsOwnShopsRealmWithThePublicAdminClient() throws Exception {
		Shop acme = shop("acme");
		Shop other = shop("other");

		JsonNode config = this.runtime.get(acme.id(), "/admin/config.json").json();

		assertThat(config.path("issuer").asString())
			.isEqualTo(RuntimePlatform.KEYCLOAK.baseUrl() + "/realms/" + acme.route().realm());
		assertThat(config.path("clientId").asString()).isEqualTo("admin");
		assertThat(this.runtime.get(other.id(), "/admin/config.json").json().path("issuer").asString())
			.endsWith("/realms/" + other.route().realm());
		// the realm really is there, with the issuer the app will check tokens against
		HttpResponse<String> discovery = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(config.path("issuer").asString() + "/.well-known/openid-configuration"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(discovery.statusCode()).isEqualTo(200);
		JsonNode realm = JsonMapper.builder().build().readTree(discovery.body());
		assertThat(realm.path("issuer").asString()).isEqualTo(config.path("issuer").asString());
		assertThat(realm.path("code_challenge_methods_supported").toString()).contains("S256");
	}

	@Test
	void noShopNoAdmin() {
		Answer page = this.runtime.get("nobody-here", "/admin");

		assertThat(page.status()).isEqualTo(404);
	}

}
