package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.ShopCustomers.Customer;
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
 * A shopper's cart and their account: a cart filled anonymously comes along into the
 * account at sign-in (docs/adr/0074), a cart started while signed in, on the pages, over
 * REST with a customer's token or over GraphQL, is the customer's from the start
 * (docs/adr/0096), and either way the order lands in the customer's history; signing out
 * leaves the cart behind, a session that expired leaves it closed to the next person at
 * the browser (docs/adr/0105), and another shop's session or token attaches no cart to
 * anyone. Real runtime, Keycloak and PostgreSQL.
 */
class SignedInCheckoutIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "buyer-pass-" + UUID.randomUUID();

	private static final String ANONYMOUS = "";

	@Autowired
	Inventory inventory;

	@Test
	void theAnonymousCartFollowsTheShopperIntoTheirAccountAndTheOrderIntoTheirHistory() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		ShopperBrowser browser = browser(shop);

		browser.postJson("/api/store/cart", "{\"currency\":\"EUR\"}");
		browser.postJson("/api/store/cart/lines", CheckoutApiIT.line(stocked.mug(), 2));
		String anonymousCart = browser.shopCookie("rustok_cart").orElseThrow();
		Page form = browser.keycloakPage(browser.get("/auth/signup").header("Location"));
		Page registered = browser.register(form, "buyer-" + UUID.randomUUID() + "@shoppers.example", PASSWORD, "Ann",
				"Buyer");
		Answer callback = browser.get(browser.backToTheShop(registered));
		String customersCart = browser.shopCookie("rustok_cart").orElseThrow();
		Answer cart = browser.get("/api/store/cart");
		Answer completed = checkOut(browser);
		Answer account = browser.get("/account");

		assertThat(callback.status()).as(callback.body()).isEqualTo(302);
		assertThat(customersCart).as("the merged cart is the customer's, a new one").isNotEqualTo(anonymousCart);
		assertThat(cart.status()).as(cart.body()).isEqualTo(200);
		assertThat(cart.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		long number = completed.json().get("orderNumber").asLong();
		assertThat(account.status()).as(account.body()).isEqualTo(200);
		assertThat(Jsoup.parse(account.body()).select("tr.order a").eachText()).containsExactly("#" + number);

		signOut(browser);
		assertThat(browser.shopCookie("rustok_cart")).as("signing out forgets the cart in this browser").isEmpty();
	}

	@Test
	void aCartStartedOnThePagesWhileSignedInIsTheCustomersAndSoIsItsOrder() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		ShopperBrowser browser = browser(shop);
		String email = "first-" + UUID.randomUUID() + "@shoppers.example";

		Answer callback = browser.signUp(email, PASSWORD, "Fay", "First");
		boolean cartBeforeAdding = browser.hasShopCookie("rustok_cart");
		Answer added = browser.post("/cart/lines", Map.of("variantId", stocked.mug().toString(), "quantity", "2"));
		String cart = browser.shopCookie("rustok_cart").orElseThrow();
		Answer completed = checkOut(browser);
		Answer account = browser.get("/account");
		String subject = subjectOf(shop, email);

		assertThat(callback.status()).as(callback.body()).isEqualTo(302);
		assertThat(cartBeforeAdding).as("the customer had no cart at all").isFalse();
		assertThat(added.status()).as("post/redirect/get: " + added.body()).isEqualTo(303);
		assertThat(added.header("Location")).as("relative, on the shop's public host").isEqualTo("/cart");
		assertThat(ownerOf(shop, cart)).isEqualTo(subject);
		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		assertThat(placedBy(shop, completed)).isEqualTo("customer:" + subject);
		assertThat(Jsoup.parse(account.body()).select("tr.order a").eachText())
			.containsExactly("#" + completed.json().get("orderNumber").asLong());
	}

	@Test
	void aCartStartedOverGraphQlWhileSignedInIsTheCustomers() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		ShopperBrowser browser = browser(shop);
		String email = "graph-" + UUID.randomUUID() + "@shoppers.example";
		browser.signUp(email, PASSWORD, "Gil", "Graph");

		Answer created = browser.postJson("/graphql",
				RuntimeClient.json(
						Map.of("query",
								"mutation { createCart(currency: \"EUR\") { id } addToCart(variantId: \""
										+ stocked.mug() + "\", quantity: 1) { units } }")),
				"Accept", "application/json");
		String cart = browser.shopCookie("rustok_cart").orElseThrow();

		assertThat(created.status()).as(created.body()).isEqualTo(200);
		assertThat(created.json().path("errors").isEmpty()).as(created.body()).isTrue();
		assertThat(created.json().get("data").get("createCart").get("id").asString()).isEqualTo(cart);
		assertThat(ownerOf(shop, cart)).isEqualTo(subjectOf(shop, email));
	}

	@Test
	void aCustomersTokenMakesTheApiCartTheirsAndOneCartPerCustomer() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		Customer customer = ShopCustomers.aCustomer(shop);
		ShopperBrowser app = browser(shop);
		String bearer = "Bearer " + customer.token();

		Answer created = app.postJson("/api/store/cart", "{\"currency\":\"EUR\"}", "Authorization", bearer);
		Answer onAnotherDevice = browser(shop).postJson("/api/store/cart", "{}", "Authorization", bearer);
		Answer overGraphQl = browser(shop).postJson("/graphql",
				RuntimeClient.json(Map.of("query", "mutation { createCart { id } }")), "Authorization", bearer,
				"Accept", "application/json");
		// the customer's cart opens with the customer's token only, not the cookie alone
		// (docs/adr/0105)
		app.postJson("/api/store/cart/lines", CheckoutApiIT.line(stocked.mug(), 1), "Authorization", bearer);
		Answer completed = checkOut(app, "Authorization", bearer);
		Answer history = this.runtime.get(shop.id(), customer.token(), "/api/store/customer/orders");
		Answer staffs = browser(shop).postJson("/api/store/cart", "{}", "Authorization", "Bearer " + shop.ownerToken());

		String cart = created.json().get("id").asString();
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(ownerOf(shop, cart)).isEqualTo(customer.subject());
		assertThat(onAnotherDevice.status()).as("the customer's open cart, not a second one").isEqualTo(200);
		assertThat(onAnotherDevice.json().get("id").asString()).isEqualTo(cart);
		assertThat(overGraphQl.json().path("data").path("createCart").path("id").asString()).as(overGraphQl.body())
			.isEqualTo(cart);
		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		assertThat(placedBy(shop, completed)).isEqualTo("customer:" + customer.subject());
		assertThat(history.json().get("items").get(0).get("number").asLong())
			.isEqualTo(completed.json().get("orderNumber").asLong());
		assertThat(staffs.status()).as(staffs.body()).isEqualTo(201);
		assertThat(ownerOf(shop, staffs.json().get("id").asString())).as("a staff token is no customer")
			.isEqualTo(ANONYMOUS);
	}

	@Test
	void aCustomersCartThatExpiredMakesWayForANewOne() {
		Shop shop = stocked("signed-in-checkout").shop();
		Customer customer = ShopCustomers.aCustomer(shop);
		String bearer = "Bearer " + customer.token();
		String first = browser(shop).postJson("/api/store/cart", "{}", "Authorization", bearer)
			.json()
			.get("id")
			.asString();
		// expired, and not yet deleted by the sweep: it still holds the customer's place
		Merchandise.jdbc()
			.sql("update " + Merchandise.quoted(shop.route().schema())
					+ ".cart set expires_at = now() - interval '1 minute' where id = ?::uuid")
			.param(first)
			.update();

		Answer next = browser(shop).postJson("/api/store/cart", "{}", "Authorization", bearer);

		assertThat(next.status()).as(next.body()).isEqualTo(201);
		assertThat(next.json().get("id").asString()).isNotEqualTo(first);
		assertThat(ownerOf(shop, next.json().get("id").asString())).isEqualTo(customer.subject());
	}

	@Test
	void concurrentStartsOfOneCustomerEndWithOneCart() throws Exception {
		Shop shop = stocked("signed-in-checkout").shop();
		Customer customer = ShopCustomers.aCustomer(shop);
		List<Callable<Answer>> starts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			starts.add(() -> browser(shop).postJson("/api/store/cart", "{}", "Authorization",
					"Bearer " + customer.token()));
		}

		List<Answer> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(starts.size())) {
			for (Future<Answer> answer : pool.invokeAll(starts)) {
				answers.add(answer.get());
			}
		}

		assertThat(answers).extracting(Answer::status).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(answers).extracting((answer) -> answer.json().get("id").asString())
			.containsOnly(answers.getFirst().json().get("id").asString());
		assertThat(Merchandise.jdbc()
			.sql("select count(*) from " + Merchandise.quoted(shop.route().schema()) + ".cart where customer_id = ?")
			.param(customer.subject())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void afterTheCustomerSignsOutTheNextShopperAtTheBrowserStartsAnAnonymousCart() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		ShopperBrowser browser = browser(shop);
		String email = "shared-" + UUID.randomUUID() + "@shoppers.example";
		browser.signUp(email, PASSWORD, "Sam", "Shared");
		browser.post("/cart/lines", Map.of("variantId", stocked.mug().toString(), "quantity", "1"));
		String customersCart = browser.shopCookie("rustok_cart").orElseThrow();

		signOut(browser);
		Answer nextShopperAdds = browser.post("/cart/lines",
				Map.of("variantId", stocked.mug().toString(), "quantity", "3"));
		String nextCart = browser.shopCookie("rustok_cart").orElseThrow();

		assertThat(ownerOf(shop, customersCart)).isEqualTo(subjectOf(shop, email));
		assertThat(nextShopperAdds.status()).as(nextShopperAdds.body()).isEqualTo(303);
		assertThat(nextCart).isNotEqualTo(customersCart);
		assertThat(ownerOf(shop, nextCart)).as("the next shopper's cart is nobody's").isEqualTo(ANONYMOUS);
		assertThat(Merchandise.jdbc()
			.sql("select quantity from " + Merchandise.quoted(shop.route().schema())
					+ ".cart_line where cart_id = ?::uuid")
			.param(customersCart)
			.query(Integer.class)
			.list()).as("the customer's cart is left as it was").containsExactly(1);
	}

	@Test
	void afterTheSessionExpiresTheCookieOpensTheCustomersCartToNobodyOnThePagesRestOrGraphQl() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		ShopperBrowser browser = browser(shop);
		String email = "lapsed-" + UUID.randomUUID() + "@shoppers.example";
		browser.signUp(email, PASSWORD, "Lee", "Lapsed");
		browser.post("/cart/lines", Map.of("variantId", stocked.mug().toString(), "quantity", "2"));
		String customersCart = browser.shopCookie("rustok_cart").orElseThrow();

		// the session's cookie ran out (12 h): the browser no longer sends it, the cart's
		// cookie (30 days) is still there
		browser.forget("rustok_customer");
		Answer page = browser.get("/cart");
		boolean cookieAfterPage = browser.hasShopCookie("rustok_cart");
		browser.keep("rustok_cart", customersCart);
		Answer rest = browser.get("/api/store/cart");
		browser.keep("rustok_cart", customersCart);
		Answer restAdd = browser.postJson("/api/store/cart/lines", CheckoutApiIT.line(stocked.mug(), 5));
		browser.keep("rustok_cart", customersCart);
		Answer checkout = browser.postJson("/api/store/checkout", CheckoutApiIT.ADDRESS);
		browser.keep("rustok_cart", customersCart);
		Answer graphQl = browser.postJson("/graphql",
				RuntimeClient.json(Map.of("query",
						"mutation { addToCart(variantId: \"" + stocked.mug() + "\", quantity: 5) { id } }")),
				"Accept", "application/json");
		boolean cookieAfterGraphQl = browser.hasShopCookie("rustok_cart");
		browser.keep("rustok_cart", customersCart);
		Answer pageAdd = browser.post("/cart/lines", Map.of("variantId", stocked.mug().toString(), "quantity", "1"));
		String nextCart = browser.shopCookie("rustok_cart").orElseThrow();

		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select(".cart-line")).as("the cart page shows no cart").isEmpty();
		assertThat(cookieAfterPage).as("the cookie is cleared").isFalse();
		assertThat(rest.status()).as(rest.body()).isEqualTo(404);
		assertThat(rest.header("Set-Cookie")).as("REST clears it too").startsWith("rustok_cart=;");
		assertThat(restAdd.status()).as(restAdd.body()).isEqualTo(404);
		assertThat(checkout.status()).as(checkout.body()).isEqualTo(404);
		assertThat(graphQl.json().at("/errors/0/extensions/status").asInt()).as(graphQl.body()).isEqualTo(404);
		assertThat(cookieAfterGraphQl).as("GraphQL clears it too").isFalse();
		assertThat(pageAdd.status()).as(pageAdd.body()).isEqualTo(303);
		assertThat(nextCart).isNotEqualTo(customersCart);
		assertThat(ownerOf(shop, nextCart)).as("the next shopper's cart is nobody's").isEqualTo(ANONYMOUS);
		assertThat(quantities(shop, customersCart)).as("the customer's cart is as they left it").containsExactly(2);

		// signing in again, the customer has their cart back, with what was added since
		Page realm = browser.keycloakPage(browser.get("/auth/signin").header("Location"));
		if (realm.location().isEmpty()) {
			realm = browser.logIn(realm, email, PASSWORD);
		}
		browser.get(browser.backToTheShop(realm));
		Answer theirs = browser.get("/api/store/cart");

		assertThat(browser.shopCookie("rustok_cart")).contains(customersCart);
		assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
		assertThat(theirs.json().get("id").asString()).isEqualTo(customersCart);
		assertThat(theirs.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
	}

	@Test
	void aSessionThatNoLongerOpensIsNoCustomerAndTheCookieAloneNamesNoCustomersCart() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		Customer customer = ShopCustomers.aCustomer(shop);
		ShopperBrowser app = browser(shop);
		String bearer = "Bearer " + customer.token();
		app.postJson("/api/store/cart", "{\"currency\":\"EUR\"}", "Authorization", bearer);
		String cart = app.shopCookie("rustok_cart").orElseThrow();

		Answer withToken = app.get("/api/store/cart", "Authorization", bearer);
		app.keep("rustok_customer", "expired.or.tampered");
		Answer withoutToken = app.get("/api/store/cart");

		assertThat(withToken.status()).as(withToken.body()).isEqualTo(200);
		assertThat(withToken.json().get("id").asString()).isEqualTo(cart);
		assertThat(withoutToken.status()).as(withoutToken.body()).isEqualTo(404);
		assertThat(app.hasShopCookie("rustok_cart")).isFalse();
		assertThat(ownerOf(shop, cart)).isEqualTo(customer.subject());
	}

	@Test
	void anEncodedOrDoubledPathToTheCartIsCheckedLikeThePlainOne() {
		Stocked stocked = stocked("signed-in-checkout");
		Shop shop = stocked.shop();
		Customer customer = ShopCustomers.aCustomer(shop);
		ShopperBrowser app = browser(shop);
		app.postJson("/api/store/cart", "{\"currency\":\"EUR\"}", "Authorization", "Bearer " + customer.token());
		String cart = app.shopCookie("rustok_cart").orElseThrow();

		for (String path : List.of("/api/store/%63art", "/api/store//cart", "/api/store/cart/")) {
			Answer withoutToken = app.get(path);
			assertThat(withoutToken.body()).as(path).doesNotContain(cart);
			assertThat(withoutToken.status()).as(path).isNotEqualTo(200);
		}
		assertThat(ownerOf(shop, cart)).isEqualTo(customer.subject());
	}

	@Test
	void anotherCustomerOfTheShopOrTheCustomerAtAnotherShopOpensNoCustomersCartWithItsCookie() {
		Stocked acme = stocked("signed-in-checkout");
		Stocked globex = stocked("signed-in-checkout-b");
		Customer owner = ShopCustomers.aCustomer(acme.shop());
		Customer another = ShopCustomers.aCustomer(acme.shop());
		ShopperBrowser app = browser(acme.shop());
		app.postJson("/api/store/cart", "{\"currency\":\"EUR\"}", "Authorization", "Bearer " + owner.token());
		app.postJson("/api/store/cart/lines", CheckoutApiIT.line(acme.mug(), 2), "Authorization",
				"Bearer " + owner.token());
		String cart = app.shopCookie("rustok_cart").orElseThrow();

		Answer anotherCustomers = app.postJson("/api/store/cart/lines", CheckoutApiIT.line(acme.mug(), 5),
				"Authorization", "Bearer " + another.token());
		app.keep("rustok_cart", cart);
		Answer atGlobex = app.withCookiesOn(globex.shop().id(), host(globex.shop())).get("/api/store/cart");

		assertThat(anotherCustomers.status()).as(anotherCustomers.body()).isEqualTo(404);
		assertThat(atGlobex.status()).as("another shop has no such cart: " + atGlobex.body()).isEqualTo(404);
		assertThat(quantities(acme.shop(), cart)).as("the owner's cart is unchanged").containsExactly(2);
	}

	@Test
	void aSessionOrTokenOfOneShopAttachesNoCartToAnyoneAtAnother() {
		Shop acme = stocked("signed-in-checkout").shop();
		Stocked globex = stocked("signed-in-checkout-b");
		ShopperBrowser atAcme = browser(acme);
		atAcme.signUp("cross-" + UUID.randomUUID() + "@shoppers.example", PASSWORD, "Cy", "Cross");
		Customer acmes = ShopCustomers.aCustomer(acme);
		int globexCarts = Merchandise.count(globex.shop().route().schema(), "cart");

		Answer tokenAtGlobex = browser(globex.shop()).postJson("/api/store/cart", "{}", "Authorization",
				"Bearer " + acmes.token());
		int cartsAfterToken = Merchandise.count(globex.shop().route().schema(), "cart");
		ShopperBrowser atGlobex = atAcme.withCookiesOn(globex.shop().id(), host(globex.shop()));
		Answer added = atGlobex.post("/cart/lines", Map.of("variantId", globex.mug().toString(), "quantity", "1"));
		String cart = atGlobex.shopCookie("rustok_cart").orElseThrow();

		assertThat(tokenAtGlobex.status()).as(tokenAtGlobex.body()).isEqualTo(401);
		assertThat(cartsAfterToken).as("nothing stored").isEqualTo(globexCarts);
		assertThat(added.status()).as(added.body()).isEqualTo(303);
		assertThat(ownerOf(globex.shop(), cart)).isEqualTo(ANONYMOUS);
	}

	private record Stocked(Shop shop, UUID mug) {

	}

	// a shop with a mug in stock and one shipping method
	private Stocked stocked(String key) {
		Shop shop = shop(key);
		Answer shipping = this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		assertThat(shipping.status()).as(shipping.body()).isEqualTo(200);
		UUID mug = Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300);
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		this.inventory.adjust(tenant, new VariantId(mug), StockChange.of(null, 50, "received", null), "test");
		return new Stocked(shop, mug);
	}

	private ShopperBrowser browser(Shop shop) {
		return new ShopperBrowser(this.runtime, shop.id(), host(shop));
	}

	private static String host(Shop shop) {
		return shop.route().host() + ":8080";
	}

	private static Answer checkOut(ShopperBrowser browser, String... headers) {
		Answer started = browser.postJson("/api/store/checkout", CheckoutApiIT.ADDRESS, headers);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		Answer chosen = browser.putJson("/api/store/checkout/shipping", "{\"method\":\"standard\"}", headers);
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		String[] withKey = Stream
			.concat(Arrays.stream(headers), Stream.of("Idempotency-Key", "signed-in-" + UUID.randomUUID()))
			.toArray(String[]::new);
		return browser.postJson("/api/store/checkout/completion", "", withKey);
	}

	private static List<Integer> quantities(Shop shop, String cart) {
		return Merchandise.jdbc()
			.sql("select quantity from " + Merchandise.quoted(shop.route().schema())
					+ ".cart_line where cart_id = ?::uuid")
			.param(cart)
			.query(Integer.class)
			.list();
	}

	private static void signOut(ShopperBrowser browser) {
		String csrf = Jsoup.parse(browser.get("/account").body()).selectFirst("input[name=_csrf]").attr("value");
		browser.post("/auth/signout", Map.of("_csrf", csrf));
	}

	// who placed the order, as the first entry of its timeline says to staff
	private String placedBy(Shop shop, Answer completed) {
		Answer order = this.runtime.get(shop.id(), shop.ownerToken(),
				"/api/admin/orders/" + completed.json().get("orderId").asString());
		assertThat(order.status()).as(order.body()).isEqualTo(200);
		return order.json().get("timeline").get(0).get("actor").asString();
	}

	private static String subjectOf(Shop shop, String email) {
		return Merchandise.jdbc()
			.sql("select subject from " + Merchandise.quoted(shop.route().schema())
					+ ".customer_profile where email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	// the customer a stored cart belongs to, ANONYMOUS for nobody
	private static String ownerOf(Shop shop, String cart) {
		return Merchandise.jdbc()
			.sql("select coalesce(customer_id, '') from " + Merchandise.quoted(shop.route().schema())
					+ ".cart where id = ?::uuid")
			.param(cart)
			.query(String.class)
			.single();
	}

}
