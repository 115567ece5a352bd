package dev.rustok.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Page;
import dev.rustok.devservices.PlatformClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A merchant signs up in the portal, adds a product with the owner's token, and a shopper
 * sees it on the shop's own host — through the real gateway, control plane, two runtime
 * nodes, PostgreSQL, Keycloak and Chromium.
 */
class SignupToStorefrontJourneyIT {

	@RegisterExtension
	static final RunningPlatform platform = new RunningPlatform();

	private static PlatformClient client;

	private static Browser browser;

	@BeforeAll
	static void connect() {
		client = platform.client();
		browser = platform.browser();
	}

	@Test
	void aMerchantSignsUpAddsAProductAndShoppersSeeItOnTheShopsHost() {
		String slug = "shop-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		String password = "correct-horse-battery";
		Page page = browser.newPage();
		SignupPage signup = SignupPage.open(page, platform.spec().portalUrl());

		long clicked = System.nanoTime();
		String storefrontLink = signup.signUp("Journey Goods", slug, email, password).awaitReadyStorefrontLink();
		assertThat(storefrontLink).isEqualTo(platform.spec().storefrontUrl(slug));
		StorefrontPage empty = StorefrontPage.open(page, storefrontLink);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.shopName()).isEqualTo("Journey Goods");
		assertThat(empty.productNames()).isEmpty();
		// a figure for docs/benchmarks.md, not a threshold: CI machines are shared and
		// noisy
		System.out.printf("signup click -> storefront answering: %d ms%n", (System.nanoTime() - clicked) / 1_000_000);

		String token = client.ownerToken(slug, email, password);
		HttpResponse<String> created = client.createProduct(slug, token, "LAMP-1", "Brass desk lamp", 8900, "EUR");
		assertThat(created.statusCode()).isEqualTo(201);

		// the storefront shows the product once the indexer has applied its event
		// (docs/adr/0064)
		StorefrontPage storefront = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> StorefrontPage.open(page, storefrontLink), (shown) -> !shown.productNames().isEmpty());
		assertThat(storefront.status()).isEqualTo(200);
		assertThat(storefront.productNames()).containsExactly("Brass desk lamp");
	}

	@Test
	void aSignupWithAReservedSlugIsRefusedOnThePageAndNoShopAppears() {
		Page page = browser.newPage();
		SignupPage signup = SignupPage.open(page, platform.spec().portalUrl())
			.signUp("Admin Shop", "admin", "owner@admin-shop.example", "correct-horse-battery");
		page.waitForCondition(() -> signup.bodyText().contains("reserved"),
				new Page.WaitForConditionOptions().setTimeout(30_000));

		StorefrontPage nothing = StorefrontPage.open(browser.newPage(), platform.spec().storefrontUrl("admin"));
		assertThat(nothing.status()).isEqualTo(404);
	}

	@Test
	void aShopperOnAnUnknownHostGetsAReadableNotFoundPage() {
		StorefrontPage page = StorefrontPage.open(browser.newPage(),
				platform.spec().storefrontUrl("nobody-" + UUID.randomUUID().toString().substring(0, 6)));
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("No shop lives at");
	}

	@Test
	void aTokenFromAnotherShopCannotAddProductsHere() {
		String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
		String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
		client.signUpAndWait("Mine", mine, "owner@" + mine + ".example", "correct-horse-battery",
				Duration.ofMinutes(2));
		client.signUpAndWait("Theirs", theirs, "owner@" + theirs + ".example", "correct-horse-battery",
				Duration.ofMinutes(2));
		String theirToken = client.ownerToken(theirs, "owner@" + theirs + ".example", "correct-horse-battery");

		HttpResponse<String> attempt = client.createProduct(mine, theirToken, "X-1", "Sneaky", 100, "EUR");

		assertThat(attempt.statusCode()).isIn(401, 403);
		String myToken = client.ownerToken(mine, "owner@" + mine + ".example", "correct-horse-battery");
		assertThat(PlatformClient.json(client.getFromShop(mine, myToken, "/api/admin/products").body()).path("items"))
			.isEmpty();
	}

}
