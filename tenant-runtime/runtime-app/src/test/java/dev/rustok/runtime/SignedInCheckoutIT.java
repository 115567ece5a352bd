package dev.rustok.runtime;

import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.ShopperBrowser.Page;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper fills a cart anonymously, signs up on the realm's page, and buys: the cart
 * comes along into the account and the order lands in the customer's history; signing out
 * leaves the cart behind. Real runtime, Keycloak and PostgreSQL.
 */
class SignedInCheckoutIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "buyer-pass-" + UUID.randomUUID();

	@Autowired
	Inventory inventory;

	@Test
	void theAnonymousCartFollowsTheShopperIntoTheirAccountAndTheOrderIntoTheirHistory() {
		Shop shop = shop("signed-in-checkout");
		Answer shipping = this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		UUID mug = Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300);
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		this.inventory.adjust(tenant, new VariantId(mug), StockChange.of(null, 5, "received", null), "test");
		ShopperBrowser browser = new ShopperBrowser(this.runtime, shop.id(), shop.route().host() + ":8080");

		browser.postJson("/api/store/cart", "{\"currency\":\"EUR\"}");
		browser.postJson("/api/store/cart/lines", CheckoutApiIT.line(mug, 2));
		String anonymousCart = browser.shopCookie("rustok_cart").orElseThrow();
		Page form = browser.keycloakPage(browser.get("/auth/signup").header("Location"));
		Page registered = browser.register(form, "buyer-" + UUID.randomUUID() + "@shoppers.example", PASSWORD, "Ann",
				"Buyer");
		Answer callback = browser.get(browser.backToTheShop(registered));
		String customersCart = browser.shopCookie("rustok_cart").orElseThrow();
		Answer cart = browser.get("/api/store/cart");
		Answer started = browser.postJson("/api/store/checkout", CheckoutApiIT.ADDRESS);
		Answer chosen = browser.putJson("/api/store/checkout/shipping", "{\"method\":\"standard\"}");
		Answer completed = browser.postJson("/api/store/checkout/completion", "", "Idempotency-Key",
				"signed-in-" + UUID.randomUUID());
		Answer account = browser.get("/account");

		assertThat(shipping.status()).as(shipping.body()).isEqualTo(200);
		assertThat(callback.status()).as(callback.body()).isEqualTo(302);
		assertThat(customersCart).as("the merged cart is the customer's, a new one").isNotEqualTo(anonymousCart);
		assertThat(cart.status()).as(cart.body()).isEqualTo(200);
		assertThat(cart.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		long number = completed.json().get("orderNumber").asLong();
		assertThat(account.status()).as(account.body()).isEqualTo(200);
		assertThat(Jsoup.parse(account.body()).select("tr.order a").eachText()).containsExactly("#" + number);

		String csrf = Jsoup.parse(browser.get("/account").body()).selectFirst("input[name=_csrf]").attr("value");
		browser.post("/auth/signout", Map.of("_csrf", csrf));
		assertThat(browser.shopCookie("rustok_cart")).as("signing out forgets the cart in this browser").isEmpty();
	}

}
