package dev.rustok.runtime;

import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.ShopperBrowser.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper signs up, in and out of the storefront through Keycloak's own pages of the
 * shop's realm (authorization code with PKCE, exchanged by the runtime), on the real
 * runtime, Keycloak and PostgreSQL; then uses the account pages, which need no
 * JavaScript.
 */
class CustomerSignInIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "shopper-pass-" + UUID.randomUUID();

	@Test
	void aShopperSignsUpOnTheRealmsPageAndLandsOnTheirAccount() {
		Shop acme = shop("acme");
		ShopperBrowser browser = browser(acme);
		String email = "new-" + UUID.randomUUID() + "@shoppers.example";

		Answer signUp = browser.get("/auth/signup?returnTo=/account");
		String keycloakPage = signUp.header("Location");
		Page form = browser.keycloakPage(keycloakPage);
		Page registered = browser.register(form, email, PASSWORD, "Ada", "Lovelace");
		Answer callback = browser.get(browser.backToTheShop(registered));
		Answer account = browser.get("/account");

		assertThat(signUp.status()).isEqualTo(302);
		assertThat(keycloakPage)
			.startsWith(RuntimePlatform.KEYCLOAK.baseUrl() + "/realms/" + acme.route().realm()
					+ "/protocol/openid-connect/registrations?")
			.contains("code_challenge_method=S256")
			.contains("redirect_uri=http://" + host(acme) + "/auth/callback");
		assertThat(callback.status()).as(callback.body()).isEqualTo(302);
		assertThat(callback.header("Location")).isEqualTo("/account");
		assertThat(browser.hasShopCookie("rustok_signin")).as("the sign-in cookie is used once").isFalse();
		assertThat(account.status()).as(account.body()).isEqualTo(200);
		assertThat(account.body()).contains(email).contains("Ada Lovelace");
		assertThat(JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select email from \"" + acme.route().schema() + "\".customer_profile")
			.query(String.class)
			.list()).contains(email);
	}

	@Test
	void aSignedInShopperAddsAnAddressOnTheAccountPageButAForeignFormChangesNothing() {
		Shop acme = shop("acme");
		ShopperBrowser browser = signedUp(acme);
		String csrf = csrfOf(browser.get("/account"));

		Answer forged = browser.post("/account/addresses", address("Forged Street", "wrong-token"));
		Answer invalid = browser.post("/account/addresses", Map.of("_csrf", csrf, "recipient", "Ada", "country", "ZZ"));
		Answer added = browser.post("/account/addresses", address("12 Analytical Row", csrf));
		Answer account = browser.get("/account");

		assertThat(forged.status()).isEqualTo(403);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("country must be an ISO 3166-1 alpha-2 country code")
			.contains("line1 is required");
		assertThat(added.status()).as(added.body()).isEqualTo(303);
		assertThat(added.header("Location")).isEqualTo("/account");
		assertThat(account.body()).contains("12 Analytical Row").doesNotContain("Forged Street");
	}

	@Test
	void theSessionCookieOfOneShopSignsNobodyInAtAnother() {
		Shop acme = shop("acme");
		Shop globex = shop("globex");
		ShopperBrowser atAcme = signedUp(acme);

		Answer atGlobex = atAcme.withCookiesOn(globex.id(), host(globex)).get("/account");
		Answer anonymous = browser(acme).get("/account");

		assertThat(atAcme.get("/account").status()).isEqualTo(200);
		assertThat(atGlobex.status()).isEqualTo(302);
		assertThat(atGlobex.header("Location")).startsWith("/auth/signin");
		assertThat(anonymous.status()).isEqualTo(302);
	}

	@Test
	void theOwnerSigningInOnTheStorefrontIsToldItIsNoCustomerAccount() {
		Shop acme = shop("acme");
		ShopperBrowser browser = browser(acme);

		Answer signIn = browser.get("/auth/signin");
		Page login = browser.keycloakPage(signIn.header("Location"));
		Page loggedIn = browser.logIn(login, acme.ownerEmail(), RuntimePlatform.OWNER_PASSWORD);
		Answer callback = browser.get(browser.backToTheShop(loggedIn));

		assertThat(callback.status()).isEqualTo(403);
		assertThat(callback.body()).contains("This is not a customer account");
		assertThat(browser.hasShopCookie("rustok_customer")).isFalse();
	}

	@Test
	void aCallbackThatThisBrowserDidNotStartIsRefusedWithAReadablePage() {
		Shop acme = shop("acme");
		ShopperBrowser started = browser(acme);
		started.get("/auth/signin");

		Answer otherBrowser = browser(acme).get("/auth/callback?code=stolen&state=whatever");
		Answer wrongState = started.get("/auth/callback?code=stolen&state=not-the-one");

		assertThat(otherBrowser.status()).isEqualTo(400);
		assertThat(otherBrowser.contentType()).startsWith("text/html");
		assertThat(otherBrowser.body()).contains("This sign-in has expired");
		assertThat(wrongState.status()).isEqualTo(400);
	}

	@Test
	void signingOutEndsTheSessionAndTheRealmsToo() {
		Shop acme = shop("acme");
		ShopperBrowser browser = signedUp(acme);
		String csrf = csrfOf(browser.get("/account"));

		Answer signOut = browser.post("/auth/signout", Map.of("_csrf", csrf));
		Answer account = browser.get("/account");

		assertThat(signOut.status()).isEqualTo(303);
		assertThat(signOut.header("Location"))
			.startsWith(RuntimePlatform.KEYCLOAK.baseUrl() + "/realms/" + acme.route().realm()
					+ "/protocol/openid-connect/logout?")
			.contains("id_token_hint=")
			.contains("post_logout_redirect_uri=http://" + host(acme) + "/");
		assertThat(account.status()).isEqualTo(302);
	}

	private ShopperBrowser signedUp(Shop shop) {
		ShopperBrowser browser = browser(shop);
		Answer callback = browser.signUp("shopper-" + UUID.randomUUID() + "@shoppers.example", PASSWORD, "Grace",
				"Hopper");
		assertThat(callback.status()).as(callback.body()).isEqualTo(302);
		return browser;
	}

	private ShopperBrowser browser(Shop shop) {
		return new ShopperBrowser(this.runtime, shop.id(), host(shop));
	}

	// provisioning lets logins return to <slug>.localhost on the dev gateway's port
	private static String host(Shop shop) {
		return shop.route().host() + ":8080";
	}

	private static String csrfOf(Answer page) {
		return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
	}

	private static Map<String, String> address(String line1, String csrf) {
		return Map.of("_csrf", csrf, "recipient", "Ada Lovelace", "line1", line1, "postalCode", "10115", "city",
				"Berlin", "country", "DE");
	}

}
