package dev.rustok.e2e;

import java.util.UUID;

import com.microsoft.playwright.Page;
import dev.rustok.devservices.PlatformClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant signs up, follows the portal's link to the shop admin, signs in through the
 * shop realm's real login form (authorization code + PKCE), creates a product with two
 * sizes, prices and stock and publishes it; a shopper then finds it on the storefront.
 * Real gateway, control plane, two runtime nodes, PostgreSQL, Keycloak and Chromium.
 */
class MerchantPublishesAProductJourneyIT {

	private static final String PASSWORD = "correct-horse-battery";

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
	void theReadyLinkLeadsToTheAdminWhereTheOwnerSignsInWithThePasswordOfTheSignup() {
		String slug = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		Page page = browser.newPage();

		String adminLink = SignupPage.open(page, platform.spec().portalUrl())
			.signUp("Admin Journey", slug, email, PASSWORD)
			.awaitReadyAdminLink();
		assertThat(adminLink).isEqualTo(platform.spec().storefrontUrl(slug) + "admin");
		ShopAdminPage admin = ShopAdminPage.signIn(page, adminLink, email, PASSWORD);

		assertThat(admin.url()).startsWith(platform.spec().storefrontUrl(slug) + "admin/#/products")
			.doesNotContain("code=")
			.doesNotContain("state=");
		assertThat(admin.signedInAs()).contains(email).contains("owner");
	}

}
