package dev.rustok.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import dev.rustok.devservices.PlatformClient;
import dev.rustok.e2e.AdminOrdersPage.Order;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14's journey through the gateway (docs/adr/0083): a merchant stocks two products
 * and sets up a shipping method, a tax rate and a discount code in the shop admin's
 * screens; a shopper signs up on the shop realm's own page, puts both products in the
 * cart, applies the code, checks out with the manual provider and reads the order number;
 * the merchant finds the order in the admin, records the payment and fulfils it; the
 * shopper's account then shows it fulfilled. Real gateway, control plane, two runtime
 * nodes, PostgreSQL, Keycloak and Chromium.
 */
class ShopperBuysWithADiscountCodeJourneyIT {

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
	void aShopperBuysTwoItemsWithTheMerchantsCodeAndTheirAccountShowsTheOrderTheMerchantFulfilled() {
		String slug = "corner-" + UUID.randomUUID().toString().substring(0, 8);
		String owner = "owner@" + slug + ".example";
		String shopUrl = platform.spec().storefrontUrl(slug);
		client.signUpAndWait("Corner Shop", slug, owner, PASSWORD, Duration.ofMinutes(2));
		Page merchant = browser.newPage();
		ShopAdminPage admin = ShopAdminPage.signIn(merchant, shopUrl + "admin", owner, PASSWORD);
		admin.newProduct()
			.title("Mug")
			.variant("", "MUG-1", "12.50")
			.status("active")
			.save()
			.stock()
			.receive("MUG-1", 5);
		admin.newProduct()
			.title("Tea towel")
			.variant("", "TOWEL-1", "8.00")
			.status("active")
			.save()
			.stock()
			.receive("TOWEL-1", 5);
		CheckoutRulesPage rules = new CheckoutRulesPage(merchant);
		assertThat(rules.addFlatShipping("standard", "Standard parcel", "4.90")).isEqualTo("4.90 EUR");
		assertThat(rules.addTaxRate("DE", "19", true)).isEqualTo("19 %");
		assertThat(rules.addPercentageCodeRefused("half", "150")).contains("1 to 10,000");
		assertThat(rules.discountCodes()).isEmpty();
		assertThat(rules.addPercentageCode("welcome10", "10")).isEqualTo("10 % off");

		Page shopperTab = browser.newPage();
		// the storefront reads the indexer's documents: products show once their events
		// are applied (docs/adr/0064)
		StorefrontPage home = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> StorefrontPage.open(shopperTab, shopUrl),
					(page) -> page.productNames().containsAll(List.of("Mug", "Tea towel")));
		home.openProduct("Mug").addToCart(1);
		StorefrontPage.open(shopperTab, shopUrl).openProduct("Tea towel").addToCart(1);
		// the cart filled as a guest follows the shopper into the account they make
		// (docs/adr/0074), so the order lands in their history
		String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@shoppers.example";
		AccountPage account = AccountPage.signUp(shopperTab, shopUrl, email, "Ada", "Lovelace",
				"shopper-password-" + UUID.randomUUID());
		assertThat(account.email()).isEqualTo(email);
		assertThat(account.hasNoOrders()).isTrue();
		CartPage cart = CartPage.open(shopperTab, shopUrl);
		assertThat(cart.lines()).containsExactlyInAnyOrder("Mug × 1", "Tea towel × 1");
		assertThat(cart.subtotal()).isEqualTo("20.50 EUR");
		CheckoutPage checkout = cart.checkOut()
			.contact(email, "Ada Lovelace", "Hauptstr. 1", "Berlin", "10115", "DE")
			.shipping("Standard parcel")
			.applyCode("welcome10");
		// 20.50 - 10 % + 4.90 shipping, the German tax included
		assertThat(checkout.totals()).contains("−2.05 EUR").contains("Tax included");
		assertThat(checkout.total()).isEqualTo("23.35 EUR");
		String number = checkout.placeOrder();

		AdminOrdersPage orders = AdminOrdersPage.open(merchant);
		assertThat(orders.orders()).containsExactly("#" + number + " pending");
		Order order = orders.order(number);
		assertThat(order.total()).isEqualTo("23.35 EUR");
		order.markPaid("cash on delivery received").fulfil();
		assertThat(order.timeline()).containsExactly("placed", "paid", "fulfilled");
		assertThat(rules.uses("welcome10")).isEqualTo("1 (no limit)");

		// the account reads the order as the shop has it now; polled, as a shopper would
		// reload
		assertThat(await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> account.orderState(number), "fulfilled"::equals)).isEqualTo("fulfilled");
	}

}
