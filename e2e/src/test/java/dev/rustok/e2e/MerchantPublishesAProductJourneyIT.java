package dev.rustok.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.devservices.PlatformClient;
import dev.rustok.e2e.ShopAdminPage.ProductEditor;
import dev.rustok.e2e.ShopAdminPage.Stock;
import dev.rustok.provisioning.KeycloakTenantRealms;
import dev.rustok.provisioning.TenantRealms.StaffMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
	void theReadyLinkLeadsToTheAdminWhereTheOwnerSignsInWithThePasswordOfTheSignupAndCanSignOut() {
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
		assertThat(admin.signOut()).isEqualTo("You are signed out");
		assertThat(admin.signInAsksForThePasswordAgain()).isTrue();
	}

	@Test
	void aMerchantPublishesAShirtInTwoSizesAndAShopperPicksASizeOnTheStorefront() {
		String slug = "shirts-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		client.signUpAndWait("Shirt Shop", slug, email, PASSWORD, Duration.ofMinutes(2));
		Page merchant = browser.newPage();
		ShopAdminPage admin = ShopAdminPage.signIn(merchant, platform.spec().storefrontUrl(slug) + "admin", email,
				PASSWORD);

		admin.createCollection("Summer");
		ProductEditor shirt = admin.newProduct()
			.title("Linen shirt")
			.option("Size", "S, M")
			.variant("S", "LINEN-S", "25.00")
			.variant("M", "LINEN-M", "27.50")
			.image("https://images.example/linen-shirt.jpg", "Linen shirt, front")
			.tags("linen, shirts")
			.inCollection("Summer")
			.save();
		Stock stock = shirt.stock().receive("LINEN-S", 4).receive("LINEN-M", 2);
		assertThat(stock.available("LINEN-M")).isEqualTo("2");
		stock.backToProduct().status("active").save();
		assertThat(admin.productTitles("linen")).containsExactly("Linen shirt");

		Page shopper = browser.newPage();
		// the storefront reads the indexer's documents: the product shows once its event
		// is applied (docs/adr/0064)
		StorefrontPage summer = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> StorefrontPage.open(shopper, platform.spec().storefrontUrl(slug)).filterByCollection("Summer"),
					(page) -> !page.productNames().isEmpty());
		assertThat(summer.status()).isEqualTo(200);
		assertThat(summer.productNames()).containsExactly("Linen shirt");
		StorefrontPage medium = summer.openProduct("Linen shirt").choose("Size", "M");

		assertThat(medium.status()).isEqualTo(200);
		assertThat(medium.price()).isEqualTo("27.50 EUR");
		assertThat(medium.availability()).isEqualTo("In stock");
		assertThat(medium.tags()).containsExactly("linen", "shirts");
		assertThat(medium.imageAlts()).containsExactly("Linen shirt, front");
	}

	@Test
	void aMerchantFilesProductsUnderCategoriesPutsACollectionOnSaleAndReadsTheStockHistory() {
		String slug = "sale-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		client.signUpAndWait("Sale Shop", slug, email, PASSWORD, Duration.ofMinutes(2));
		ShopAdminPage admin = ShopAdminPage.signIn(browser.newPage(), platform.spec().storefrontUrl(slug) + "admin",
				email, PASSWORD);

		admin.createCategory("Kitchen", null).createCategory("Cups", "Kitchen").createCategory("Garden", null);
		assertThat(admin.categoryTree()).containsExactly("Garden", "Kitchen", "  Cups");

		admin.createCollection("Sale");
		Stock stock = admin.newProduct()
			.title("Mug")
			.variant("", "SALE-MUG", "10.00")
			.inCollection("Sale")
			.status("active")
			.save()
			.stock()
			.receive("SALE-MUG", 5)
			.writeOff("SALE-MUG", 1, "damaged");
		assertThat(stock.available("SALE-MUG")).isEqualTo("4");
		assertThat(stock.history("SALE-MUG")).containsExactly("-1 damaged 4", "+5 received 5");

		assertThat(admin.changePrices("Sale", "EUR", "-10")).contains("Changed 1 prices in EUR");
		Page shopper = browser.newPage();
		StorefrontPage mug = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> StorefrontPage.open(shopper, platform.spec().storefrontUrl(slug)).openProduct("Mug"),
					(page) -> page.price().equals("9.00 EUR"));
		assertThat(mug.price()).isEqualTo("9.00 EUR");

		assertThat(admin.runInConsole("{ adminProducts { items { title status } } }")).contains("\"title\": \"Mug\"")
			.contains("\"status\": \"active\"");
	}

	@Test
	void theShopsAnswerToABadPriceIsShownNextToThePriceAndNothingIsStored() {
		String slug = "typos-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		client.signUpAndWait("Typo Shop", slug, email, PASSWORD, Duration.ofMinutes(2));
		ShopAdminPage admin = ShopAdminPage.signIn(browser.newPage(), platform.spec().storefrontUrl(slug) + "admin",
				email, PASSWORD);

		List<String> errors = admin.newProduct()
			.title("Cap")
			.variant("", "CAP-1", "10000000000.01")
			.saveExpectingErrors();

		assertThat(errors).singleElement().asString().contains("at most");
		assertThat(admin.productTitles("cap")).isEmpty();
	}

	@Test
	void whenTwoTabsEditTheSameProductTheSecondSaveIsToldToReloadAndChangesNothing() {
		String slug = "mugs-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		client.signUpAndWait("Mug Shop", slug, email, PASSWORD, Duration.ofMinutes(2));
		String adminUrl = platform.spec().storefrontUrl(slug) + "admin";
		ShopAdminPage first = ShopAdminPage.signIn(browser.newPage(), adminUrl, email, PASSWORD);
		first.newProduct().title("Mug").variant("", "MUG-1", "9.90").save();
		ShopAdminPage second = ShopAdminPage.signIn(browser.newPage(), first.url(), email, PASSWORD);

		first.editor().title("Large mug").save();
		String refusal = second.editor().title("Small mug").saveExpectingRefusal();

		assertThat(refusal).contains("Someone else changed this product").contains("version 2");
		assertThat(first.productTitles("mug")).containsExactly("Large mug");
	}

	@Test
	void everyShopServesItsOpenApiDocumentAtItsOwnHostThroughTheGateway() {
		String slug = "docs-" + UUID.randomUUID().toString().substring(0, 8);
		client.signUpAndWait("Docs Shop", slug, "owner@" + slug + ".example", PASSWORD, Duration.ofMinutes(2));

		HttpResponse<String> answer = client.getFromShop(slug, "/api/openapi.json");

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode document = PlatformClient.json(answer.body());
		assertThat(document.path("openapi").asString()).startsWith("3.1.");
		assertThat(document.at("/paths/~1api~1admin~1products/post/security").toString()).contains("shopRealmToken");
	}

	@Test
	void aViewerSeesTheCatalogueAndStockButIsOfferedNoChange() {
		String slug = "viewers-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		client.signUpAndWait("Viewer Shop", slug, email, PASSWORD, Duration.ofMinutes(2));
		String adminUrl = platform.spec().storefrontUrl(slug) + "admin";
		ShopAdminPage owner = ShopAdminPage.signIn(browser.newPage(), adminUrl, email, PASSWORD);
		owner.newProduct().title("Teapot").variant("", "TEA-1", "30.00").save();
		assertThat(owner.readOnlyNote()).isEmpty();
		assertThat(owner.offersChanges()).isTrue();
		String viewer = "viewer@" + slug + ".example";
		new KeycloakTenantRealms(platform.spec().keycloak().baseUrl(), platform.spec().keycloak().adminUsername(),
				platform.spec().keycloak().adminPassword())
			.createStaffMember(TenantNames.realm(slug), new StaffMember(viewer, PASSWORD, List.of("viewer")));

		ShopAdminPage admin = ShopAdminPage.signIn(browser.newPage(), adminUrl, viewer, PASSWORD);

		assertThat(admin.signedInAs()).contains("viewer");
		assertThat(admin.readOnlyNote()).contains("your role is viewer");
		assertThat(admin.offersChanges()).isFalse();
		ProductEditor teapot = admin.openProduct("Teapot");
		assertThat(teapot.title()).isEqualTo("Teapot");
		assertThat(admin.offersChanges()).isFalse();
		assertThat(teapot.stock().available("TEA-1")).isEqualTo("0");
		assertThat(admin.offersChanges()).isFalse();
	}

}
