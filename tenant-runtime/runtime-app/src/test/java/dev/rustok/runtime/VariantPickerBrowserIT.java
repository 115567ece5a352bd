package dev.rustok.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.controlplane.api.TenantSignature;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.storefront.CatalogRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product page's variant picker in a real browser (Debian's Chromium), with
 * JavaScript off (the plain form reloads the page) and on (the page updates in place,
 * under the page's Content-Security-Policy). The browser talks to the runtime as the
 * gateway would, with the signed tenant headers on every request.
 */
class VariantPickerBrowserIT extends RuntimeIntegrationTest {

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

	@BeforeEach
	void aTeeInTwoSizes() {
		this.shop = shop("picker");
		CatalogRows rows = new CatalogRows(RuntimePlatform.DATABASE.dataSource(), this.shop.route().schema());
		rows.clear();
		UUID summer = rows.collection("summer", "Summer", null);
		rows.product("Scarf").price(900).insert();
		UUID tee = rows.product("Tee")
			.handle("tee")
			.tracked()
			.option("Size", "S", "M")
			.variant(List.of("S"), Map.of("EUR", 1500L), 0, 0)
			.variant(List.of("M"), Map.of("EUR", 1650L), 2, 0)
			.insert();
		rows.addToCollection(summer, tee);
	}

	@Test
	void aShopperFiltersByACollectionPicksASizeAndSeesItsPriceAndStock() {
		Page page = newPage(true);
		page.navigate(url("/"));
		assertThat(page.locator(".product-name")).hasCount(2);

		page.selectOption("select[name=collection]", "summer");
		page.click("form.filters button[type=submit]");
		assertThat(page.locator(".product-name")).hasText(new String[] { "Tee" });
		page.click("text=Tee");
		page.selectOption("select[name=o0]", "M");

		assertThat(page.locator(".product-title")).hasText("Tee");
		assertThat(page.locator("#variant-price")).hasText("16.50 EUR");
		assertThat(page.locator("#variant-stock")).hasText("In stock");
	}

	@Test
	void withoutJavaScriptThePlainFormShowsTheChosenSizesPriceAndStock() {
		Page page = newPage(false);
		page.navigate(url("/products/tee"));
		assertThat(page.locator("#variant-price")).hasText("16.50 EUR");

		page.selectOption("select[name=o0]", "S");
		page.click("form.variant-picker button[type=submit]");

		assertThat(page).hasURL(url("/products/tee?o0=S&currency=EUR"));
		assertThat(page.locator("#variant-price")).hasText("15.00 EUR");
		assertThat(page.locator("#variant-stock")).hasText("Out of stock");
	}

	@Test
	void withJavaScriptChoosingASizeUpdatesThePageInPlace() {
		Page page = newPage(true);
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if (message.type().equals("error")) {
				problems.add(message.text());
			}
		});
		page.onResponse((response) -> {
			if (response.status() >= 400) {
				problems.add(response.status() + " " + response.url());
			}
		});
		page.navigate(url("/products/tee"));
		assertThat(page.locator("form.variant-picker.live")).hasCount(1);
		List<String> pageLoads = new ArrayList<>();
		page.onRequest((request) -> {
			if (request.isNavigationRequest()) {
				pageLoads.add(request.url());
			}
		});

		page.selectOption("select[name=o0]", "S");

		assertThat(page.locator("#variant-price")).hasText("15.00 EUR");
		assertThat(page.locator("#variant-stock")).hasText("Out of stock");
		page.selectOption("select[name=o0]", "M");
		assertThat(page.locator("#variant-price")).hasText("16.50 EUR");
		assertThat(page.locator("#variant-stock")).hasText("In stock");
		assertThat(page).hasURL(url("/products/tee?o0=M"));
		assertThat(pageLoads).isEmpty();
		// the script ran under the page's policy: no refusal was reported
		assertThat(problems).isEmpty();
	}

	private Page newPage(boolean javaScript) {
		return chromium.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
			.setExtraHTTPHeaders(Map.of(GatewayHeaders.TENANT, this.shop.id(), GatewayHeaders.TENANT_SIGNATURE,
					new TenantSignature(RuntimePlatform.GATEWAY_SECRET).sign(this.shop.id()))))
			.newPage();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
