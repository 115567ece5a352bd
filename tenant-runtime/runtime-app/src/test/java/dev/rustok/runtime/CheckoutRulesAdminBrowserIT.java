package dev.rustok.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop admin's {@code #/discounts}, {@code #/shipping} and {@code #/tax} screens in
 * Chromium (docs/adr/0082): the owner adds a flat shipping method, a tax rate and a
 * discount code, each refused value is shown next to its field and stores nothing, and a
 * shopper's checkout then charges by what was saved; weight bands are numbered as the API
 * names them; a viewer reads the rules and is offered no change. The sign-in itself is
 * the e2e journey's: here a tab starts with a staff token, as after a sign-in, and the
 * browser plays the gateway's signed headers.
 */
class CheckoutRulesAdminBrowserIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "rules-screen-" + UUID.randomUUID();

	private static Playwright playwright;

	private static Browser chromium;

	private final List<BrowserContext> contexts = new java.util.ArrayList<>();

	@BeforeAll
	static void launchChromium() {
		// the build machine's two cores are shared: wait for the page as long as a person
		// would, rather than Playwright's 5 s
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
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

	@AfterEach
	void closeTabs() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
	}

	@Test
	void theOwnerSetsUpShippingTaxAndADiscountInTheScreensAndTheCheckoutChargesByThem() {
		Shop shop = shop("rules-screens");
		Page admin = staffTab(shop, shop.ownerToken());

		admin.navigate(url("/admin/#/shipping"));
		assertThat(admin.locator("#no-shipping-methods")).isVisible();
		Locator shipping = admin.locator("#shipping-form");
		shipping.getByLabel("Code").fill("standard");
		shipping.getByLabel("Name shoppers read").fill("Standard parcel");
		shipping.getByLabel("Currency").fill("XXX");
		shipping.getByLabel("Rate", new Locator.GetByLabelOptions().setExact(true)).fill("4.90");
		admin.click("#save-shipping");
		assertThat(shipping.locator("input[name=currency] + .field-error")).containsText("ISO 4217");
		assertThat(this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods").body())
			.isEqualTo("[]");
		shipping.getByLabel("Currency").fill("EUR");
		admin.click("#save-shipping");
		assertThat(admin.locator("#notice")).hasText("Saved Standard parcel: 4.90 EUR");
		assertThat(admin.locator("#shipping-methods tr[data-code=STANDARD] .rule-rate")).hasText("4.90 EUR");

		admin.click("a[data-nav=tax]");
		Locator tax = admin.locator("#tax-form");
		tax.getByLabel("Region").fill("de");
		tax.getByLabel("Rate in percent").fill("150");
		admin.click("#save-tax");
		assertThat(tax.locator("input[name=percent] + .field-error")).containsText("0 to 10,000");
		assertThat(this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/tax-rates").body()).isEqualTo("[]");
		tax.getByLabel("Rate in percent").fill("19");
		admin.click("#save-tax");
		assertThat(admin.locator("#tax-rates tr[data-code=DE] .rule-rate")).hasText("19 %");
		assertThat(admin.locator("#tax-rates tr[data-code=DE] .rule-inclusive")).hasText("include the tax");

		admin.click("a[data-nav=discounts]");
		Locator discount = admin.locator("#discount-form");
		discount.getByLabel("Code").fill("welcome10");
		discount.getByLabel("Kind").selectOption("percentage");
		discount.getByLabel("Percent off").fill("10");
		admin.click("#save-discount");
		assertThat(admin.locator("#discount-codes tr[data-code=WELCOME10] .rule-offer")).hasText("10 % off");
		admin.click("button[aria-label='Change WELCOME10']");
		assertThat(discount.getByLabel("Code")).hasAttribute("readonly", "");
		discount.getByLabel("Usage limit").fill("0");
		admin.click("#save-discount");
		assertThat(discount.locator("input[name=usageLimit] + .field-error")).containsText("at least 1");
		discount.getByLabel("Usage limit").fill("5");
		admin.click("#save-discount");
		assertThat(admin.locator("#discount-codes tr[data-code=WELCOME10] .rule-used")).hasText("0 of 5");

		String number = buyTwoMugsWith(shop, "welcome10");

		// 25.00 - 10 % + 4.90 shipping, German tax included
		assertThat(this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders?state=pending")
			.json()
			.get("items")
			.get(0)
			.get("total")
			.get("amountMinor")
			.asLong()).isEqualTo(2_740);
		assertThat(number).isNotBlank();
		admin.reload();
		assertThat(admin.locator("#discount-codes tr[data-code=WELCOME10] .rule-used")).hasText("1 of 5");
	}

	@Test
	void aWeightBasedMethodShowsTheShopsAnswerOnTheBandItNamesAndCanBeDeleted() {
		Shop shop = shop("rules-bands");
		Page admin = staffTab(shop, shop.ownerToken());
		admin.navigate(url("/admin/#/shipping"));
		Locator form = admin.locator("#shipping-form");
		form.getByLabel("Code").fill("heavy");
		form.getByLabel("Name shoppers read").fill("Heavy goods");
		form.getByLabel("Kind").selectOption("weight");
		admin.click("#add-band");
		form.locator(".band-grams").nth(0).fill("1000");
		form.locator(".band-rate").nth(0).fill("4.90");
		form.locator(".band-grams").nth(1).fill("1000");
		form.locator(".band-rate").nth(1).fill("9.90");
		admin.click("#save-shipping");

		assertThat(form.locator(".band").nth(1).locator(".field-error")).containsText("appears twice");
		assertThat(form.locator(".band").nth(0).locator(".field-error")).hasCount(1);
		form.locator(".band-grams").nth(1).fill("5000");
		admin.click("#save-shipping");
		assertThat(admin.locator("#shipping-methods tr[data-code=HEAVY] .rule-rate"))
			.hasText("up to 1000 g: 4.90 EUR; up to 5000 g: 9.90 EUR");

		admin.onceDialog((dialog) -> dialog.accept());
		admin.click("button[aria-label='Delete Heavy goods']");
		assertThat(admin.locator("#notice")).hasText("Deleted Heavy goods");
		assertThat(admin.locator("#no-shipping-methods")).isVisible();
		assertThat(this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods").body())
			.isEqualTo("[]");
	}

	@Test
	void aViewerReadsDiscountsShippingAndTaxButIsOfferedNoChange() {
		Shop shop = shop("rules-viewer");
		String owner = shop.ownerToken();
		this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard parcel\",\"currency\":\"EUR\",\"rateMinor\":490}");
		this.runtime.put(shop.id(), owner, "/api/admin/tax-rates/US-NY", "{\"basisPoints\":888,\"inclusive\":false}");
		this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/SHIPFREE",
				"{\"kind\":\"free_shipping\",\"currency\":\"EUR\",\"minimumSubtotalMinor\":5000}");
		String viewer = "viewer-" + UUID.randomUUID() + "@rules.example";
		StaffUsers.createWithRole(shop.route().realm(), viewer, PASSWORD, "viewer");
		Page page = staffTab(shop,
				new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), viewer, PASSWORD));

		page.navigate(url("/admin/#/discounts"));
		assertThat(page.locator("#discount-codes tr[data-code=SHIPFREE] .rule-offer")).hasText("Free shipping");
		assertThat(page.locator("#discount-codes tr[data-code=SHIPFREE]")).containsText("50.00 EUR");
		assertNoChangeOffered(page, "#discount-form", "discount codes");

		page.click("a[data-nav=shipping]");
		assertThat(page.locator("#shipping-methods tr[data-code=STANDARD] .rule-name")).hasText("Standard parcel");
		assertNoChangeOffered(page, "#shipping-form", "shipping methods");

		page.click("a[data-nav=tax]");
		assertThat(page.locator("#tax-rates tr[data-code=US-NY] .rule-rate")).hasText("8.88 %");
		assertThat(page.locator("#tax-rates tr[data-code=US-NY] .rule-inclusive")).hasText("tax added at checkout");
		assertNoChangeOffered(page, "#tax-form", "tax rates");
	}

	private static void assertNoChangeOffered(Page page, String form, String what) {
		assertThat(page.locator("#view")).containsText("Only the owner or an admin may change " + what);
		assertThat(page.locator(form)).hasCount(0);
		assertThat(page.locator("#view .rule-actions button")).hasCount(0);
	}

	// the storefront without JavaScript, as CheckoutBrowserIT buys: two mugs at 12.50,
	// the first shipping method, an address in Germany and the code; returns the order
	// number of the confirmation
	private String buyTwoMugsWith(Shop shop, String code) {
		new CatalogRows(RuntimePlatform.DATABASE.dataSource(), shop.route().schema()).product("Mug")
			.handle("mug")
			.tracked()
			.variant(List.of(), Map.of("EUR", 1250L), 10, 0)
			.insert();
		Page page = shopperTab(shop);
		page.navigate(url("/products/mug"));
		page.fill("form.add-to-cart input[name=quantity]", "2");
		page.click("#add-to-cart");
		page.click("#to-checkout");
		page.fill("input[name=email]", "ann@shopper.example");
		page.fill("input[name=fullName]", "Ann Example");
		page.fill("input[name=line1]", "Hauptstr. 1");
		page.fill("input[name=city]", "Berlin");
		page.fill("input[name=postalCode]", "10115");
		page.fill("input[name=country]", "DE");
		page.click("text=Continue to shipping");
		assertThat(page.locator("form.checkout-form")).containsText("Standard parcel");
		page.click("text=Continue to payment");
		page.fill("input[name=code]", code);
		page.click("form.discount-form button");
		assertThat(page.locator(".checkout-totals")).containsText("−2.50 EUR");
		assertThat(page.locator(".checkout-totals")).containsText("Tax included");
		assertThat(page.locator("#checkout-total")).hasText("27.40 EUR");
		page.click("#to-review");
		page.click("#place-order");
		assertThat(page.locator("h1")).hasText("Thank you for your order");
		return page.locator("#order-number").textContent().strip();
	}

	// a tab holding a staff token as after a sign-in; every request to the runtime gets
	// the gateway's signature, bound to its method and target (ADR 0005)
	private Page staffTab(Shop shop, String token) {
		BrowserContext context = chromium.newContext();
		this.contexts.add(context);
		context.addInitScript("sessionStorage.setItem('rustok.admin.session', JSON.stringify({accessToken: '" + token
				+ "', refreshToken: null, idToken: null, expiresAt: Date.now() + 240000}));");
		context.route("**/*", (route) -> {
			if (!route.request().url().startsWith(url("/"))) {
				route.resume();
				return;
			}
			route.resume(new Route.ResumeOptions().setHeaders(
					signed(shop, route.request().headers(), route.request().method(), route.request().url(), null)));
		});
		return context.newPage();
	}

	// without JavaScript; the browser does not route a redirect's hops, so the handler
	// follows them itself (post/redirect/get), signing each and carrying the cart cookie
	private Page shopperTab(Shop shop) {
		BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		this.contexts.add(context);
		AtomicReference<String> cartCookie = new AtomicReference<>();
		context.route("**/*", (route) -> {
			APIResponse response = route.fetch(
					new Route.FetchOptions()
						.setHeaders(signed(shop, route.request().headers(), route.request().method(),
								route.request().url(), cartCookie.get()))
						.setMaxRedirects(0));
			remember(response, cartCookie);
			while (response.status() >= 300 && response.status() < 400) {
				String location = URI.create(route.request().url())
					.resolve(response.headers().get("location"))
					.toString();
				RequestOptions options = RequestOptions.create().setMaxRedirects(0);
				signed(shop, Map.of(), "GET", location, cartCookie.get()).forEach(options::setHeader);
				response = context.request().get(location, options);
				remember(response, cartCookie);
			}
			route.fulfill(new Route.FulfillOptions().setResponse(response));
		});
		return context.newPage();
	}

	private static Map<String, String> signed(Shop shop, Map<String, String> original, String method, String url,
			String cookie) {
		Map<String, String> headers = new HashMap<>(original);
		headers.put(GatewayHeaders.TENANT, shop.id());
		headers.put(GatewayHeaders.TENANT_SIGNATURE,
				RuntimeClient.gatewaySignature(method, URI.create(url), shop.id()));
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
