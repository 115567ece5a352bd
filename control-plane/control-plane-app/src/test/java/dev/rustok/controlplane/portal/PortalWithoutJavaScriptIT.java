package dev.rustok.controlplane.portal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.PortalApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's signup in Debian's Chromium, with JavaScript turned off (the form must
 * work on its own and keep the password out of every address) and on (the script enhances
 * it under the page's Content-Security-Policy).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalWithoutJavaScriptIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String PASSWORD = "correct-horse-battery-9";

	private static Playwright playwright;

	private static Browser chromium;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
	}

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
		services.database().drop();
	}

	@Test
	void withJavaScriptOffTheFormSignsUpAndTheStatusPageRefreshesUntilTheShopIsReady() {
		String slug = ControlPlaneServices.aSlug();
		Page page = newPage(false);
		List<String> addresses = addressesVisited(page);

		page.navigate(portal());
		fill(page, "Quiet Goods", slug, "owner@" + slug + ".example", PASSWORD);
		page.locator("#submit").click();

		page.locator("#ready").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
		assertThat(page.url()).isEqualTo(portal() + "signup/" + slug);
		assertThat(page.locator("#storefront-link").getAttribute("href"))
			.isEqualTo("http://" + slug + ".localhost:8080/");
		assertThat(page.locator("#steps li[data-done=true]").count()).isEqualTo(4);
		assertThat(addresses).isNotEmpty()
			.noneSatisfy((address) -> assertThat(address).containsIgnoringCase("password"))
			.noneSatisfy((address) -> assertThat(address).contains("correct-horse"));
		page.context().close();
	}

	@Test
	void withJavaScriptOffABadSignupShowsEachErrorNextToItsFieldAndNeverEchoesThePassword() {
		String slug = ControlPlaneServices.aSlug();
		Page page = newPage(false);
		List<String> addresses = addressesVisited(page);

		page.navigate(portal());
		fill(page, "Quiet Goods", slug, "a@b", "aaaaaaaaaaaa");
		page.locator("#submit").click();
		page.locator("#password-error").waitFor();

		assertThat(page.locator("#password-error").innerText()).contains("5 different characters");
		assertThat(page.locator("#ownerEmail-error").innerText()).contains("dot");
		assertThat(page.locator("#password").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(page.locator("#shopName").inputValue()).as("kept for the next try").isEqualTo("Quiet Goods");
		assertThat(page.locator("#password").inputValue()).isEmpty();
		assertThat(page.content()).doesNotContain("aaaaaaaaaaaa");
		assertThat(page.locator("#password-policy").innerText()).contains("12 to 128 characters");
		assertThat(addresses).noneSatisfy((address) -> assertThat(address).containsIgnoringCase("password"));
		assertThat(new PortalApi(this.port).get("/api/signup/" + slug).status()).isEqualTo(404);
		page.context().close();
	}

	@Test
	void aGetWithTheFormFieldsInItsQuerySignsNobodyUp() {
		String slug = ControlPlaneServices.aSlug();
		PortalApi api = new PortalApi(this.port);

		assertThat(
				api.get("/?shopName=Acme&slug=" + slug + "&ownerEmail=jo%40acme.example&password=" + PASSWORD).status())
			.isEqualTo(200);
		assertThat(api.get("/signup?shopName=Acme&slug=" + slug + "&ownerEmail=jo%40acme.example&password=" + PASSWORD)
			.status()).isNotEqualTo(303);

		assertThat(api.get("/api/signup/" + slug).status()).isEqualTo(404);
		assertThat(api.get("/signup/" + slug).body()).contains("No such shop");
	}

	@Test
	void withJavaScriptOnTheScriptRunsUnderThePolicyAndShowsProgressOnThePortalPage() {
		String slug = ControlPlaneServices.aSlug();
		Page page = newPage(true);
		List<String> blocked = new CopyOnWriteArrayList<>();
		page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy")) {
				blocked.add(message.text());
			}
		});

		page.navigate(portal());
		fill(page, "Lively Goods", slug, "owner@" + slug + ".example", PASSWORD);
		page.locator("#submit").click();

		page.getByText("Your shop is ready")
			.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(120_000));
		assertThat(page.url()).as("stayed on the portal page").isEqualTo(portal());
		assertThat(page.locator("#signup-form").isHidden()).isTrue();
		assertThat(blocked).isEmpty();
		page.context().close();
	}

	private String portal() {
		return "http://127.0.0.1:" + this.port + "/";
	}

	private static Page newPage(boolean javaScript) {
		BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
		return context.newPage();
	}

	private static List<String> addressesVisited(Page page) {
		List<String> addresses = new CopyOnWriteArrayList<>();
		page.onRequest((request) -> addresses.add(request.url()));
		page.onFrameNavigated((frame) -> addresses.add(frame.url()));
		return addresses;
	}

	private static void fill(Page page, String shopName, String slug, String email, String password) {
		page.fill("#shopName", shopName);
		page.fill("#slug", slug);
		page.fill("#ownerEmail", email);
		page.fill("#password", password);
	}

}
