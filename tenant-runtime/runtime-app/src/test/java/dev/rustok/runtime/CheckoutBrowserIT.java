package dev.rustok.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper buys in a real browser (Debian's Chromium) with JavaScript off: adds a
 * product from its page, checks out step by step with a discount code and the manual
 * provider, and reads the order number on the confirmation page; the merchant's orders
 * API shows the order. A price raised while the shopper reviews is shown on the review
 * again, and only placing it again orders at the new price (docs/adr/0085). The browser
 * talks to the runtime as the gateway would, with the signed tenant headers on every
 * request, redirects included.
 */
class CheckoutBrowserIT extends RuntimeIntegrationTest {

	private static Playwright playwright;

	private static Browser chromium;

	private Shop shop;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
	}

	@AfterAll
	static void closeChromium() {
		chromium.close();
		playwright.close();
	}

	@Test
	void aShopperAddsAProductChecksOutWithoutJavaScriptAndSeesTheOrderNumber() {
		this.shop = shop("checkout-browser");
		String owner = this.shop.ownerToken();
		this.runtime.put(this.shop.id(), owner, "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard parcel\",\"currency\":\"EUR\",\"rateMinor\":490}");
		this.runtime.put(this.shop.id(), owner, "/api/admin/tax-rates/DE", "{\"basisPoints\":1900,\"inclusive\":true}");
		this.runtime.put(this.shop.id(), owner, "/api/admin/discount-codes/WELCOME",
				"{\"kind\":\"fixed\",\"amountMinor\":500,\"currency\":\"EUR\"}");
		new CatalogRows(RuntimePlatform.DATABASE.dataSource(), this.shop.route().schema()).product("Mug")
			.handle("mug")
			.tracked()
			.variant(List.of(), Map.of("EUR", 1250L), 10, 0)
			.insert();
		Page page = newPage();

		page.navigate(url("/products/mug"));
		page.fill("form.add-to-cart input[name=quantity]", "2");
		page.click("#add-to-cart");
		assertThat(page.locator(".line-title")).hasText("Mug");
		assertThat(page.locator("#cart-subtotal")).hasText("25.00 EUR");

		page.click("#to-checkout");
		page.fill("input[name=email]", "ann@shopper.example");
		page.fill("input[name=fullName]", "Ann Example");
		page.fill("input[name=line1]", "Hauptstr. 1");
		page.fill("input[name=city]", "Berlin");
		page.fill("input[name=postalCode]", "10115");
		page.fill("input[name=country]", "DE");
		page.click("text=Continue to shipping");
		assertThat(page.locator("h1")).hasText("Shipping");
		page.click("text=Continue to payment");
		assertThat(page.locator("h1")).hasText("Payment");
		page.fill("input[name=code]", "welcome");
		page.click("form.discount-form button");
		// 25.00 - 5.00 + 4.90, German tax included
		assertThat(page.locator("#checkout-total")).hasText("24.90 EUR");
		page.click("#to-review");
		page.click("#place-order");

		assertThat(page.locator("h1")).hasText("Thank you for your order");
		String number = page.locator("#order-number").textContent().strip();
		JsonNode orders = this.runtime.get(this.shop.id(), owner, "/api/admin/orders?state=pending").json();
		JsonNode placed = orders.get("items").get(0);
		assertThat(placed.get("number").asString()).isEqualTo(number);
		assertThat(placed.get("total").get("amountMinor").asLong()).isEqualTo(2_490);
		page.navigate(url("/cart"));
		assertThat(page.locator("p.empty")).containsText("Your cart is empty");
	}

	@Test
	void aPriceChangedWhileTheShopperReviewsIsShownAndNothingIsOrderedUntilTheyPlaceItAgain() {
		this.shop = shop("checkout-reprice");
		String owner = this.shop.ownerToken();
		this.runtime.put(this.shop.id(), owner, "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard parcel\",\"currency\":\"EUR\",\"rateMinor\":490}");
		new CatalogRows(RuntimePlatform.DATABASE.dataSource(), this.shop.route().schema()).product("Vase")
			.handle("vase")
			.tracked()
			.variant(List.of(), Map.of("EUR", 3000L), 10, 0)
			.insert();
		Page page = newPage();
		page.navigate(url("/products/vase"));
		page.click("#add-to-cart");
		page.click("#to-checkout");
		page.fill("input[name=email]", "ann@shopper.example");
		page.fill("input[name=fullName]", "Ann Example");
		page.fill("input[name=line1]", "Hauptstr. 1");
		page.fill("input[name=city]", "Berlin");
		page.fill("input[name=postalCode]", "10115");
		page.fill("input[name=country]", "DE");
		page.click("text=Continue to shipping");
		page.click("text=Continue to payment");
		page.click("#to-review");
		assertThat(page.locator("#checkout-total")).hasText("34.90 EUR");
		int orders = Merchandise.count(this.shop.route().schema(), "order_header");

		// the merchant raises the price while the review is on the shopper's screen
		Merchandise.jdbc()
			.sql("update " + Merchandise.quoted(this.shop.route().schema())
					+ ".variant_price set amount_minor = 3500 where currency = 'EUR'")
			.update();
		page.click("#place-order");

		assertThat(page.locator("h1")).hasText("Review your order");
		assertThat(page.locator("ul.problems")).containsText("Vase changed from 30.00 EUR to 35.00 EUR");
		assertThat(page.locator("#checkout-total")).hasText("39.90 EUR");
		assertThat(Merchandise.count(this.shop.route().schema(), "order_header")).isEqualTo(orders);

		page.click("#place-order");

		assertThat(page.locator("h1")).hasText("Thank you for your order");
		JsonNode placed = this.runtime.get(this.shop.id(), owner, "/api/admin/orders?state=pending")
			.json()
			.get("items")
			.get(0);
		assertThat(placed.get("total").get("amountMinor").asLong()).isEqualTo(3_990);
	}

	private Page newPage() {
		BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		// the browser does not route the hops of a redirect: the handler follows them
		// (post/redirect/get) itself, signing each hop and carrying the cart cookie, and
		// hands the browser the last page, so the address bar keeps the posted URL
		AtomicReference<String> cartCookie = new AtomicReference<>();
		context.route("**/*", (route) -> {
			APIResponse response = route.fetch(
					new Route.FetchOptions()
						.setHeaders(signed(route.request().headers(), route.request().method(), route.request().url(),
								cartCookie.get()))
						.setMaxRedirects(0));
			remember(response, cartCookie);
			while (response.status() >= 300 && response.status() < 400) {
				String location = URI.create(route.request().url())
					.resolve(response.headers().get("location"))
					.toString();
				RequestOptions options = RequestOptions.create().setMaxRedirects(0);
				signed(Map.of(), "GET", location, cartCookie.get()).forEach(options::setHeader);
				response = context.request().get(location, options);
				remember(response, cartCookie);
			}
			route.fulfill(new Route.FulfillOptions().setResponse(response));
		});
		return context.newPage();
	}

	private Map<String, String> signed(Map<String, String> original, String method, String url, String cookie) {
		Map<String, String> headers = new HashMap<>(original);
		headers.put(GatewayHeaders.TENANT, this.shop.id());
		headers.put(GatewayHeaders.TENANT_SIGNATURE,
				RuntimeClient.gatewaySignature(method, URI.create(url), this.shop.id()));
		if (cookie != null) {
			headers.put("cookie", cookie);
		}
		return headers;
	}

	private static void remember(APIResponse response, AtomicReference<String> cartCookie) {
		response.headersArray()
			.stream()
			.filter((header) -> header.name.equalsIgnoreCase("set-cookie"))
			.map((header) -> header.value.split(";")[0])
			.filter((cookie) -> cookie.startsWith("rustok_cart="))
			.forEach(cartCookie::set);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
