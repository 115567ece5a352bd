package dev.rustok.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin's {@code #/webhooks} screen in Chromium: the owner adds an endpoint (a bad
 * URL is shown next to its field), sees the secret once, reads deliveries with their
 * status and latency, and after the platform disabled the endpoint sees the notice and
 * re-enables it and resends the delivery dropped meanwhile. The sign-in itself is the e2e
 * journey's: here the tab starts with the owner's token, as after a sign-in, and the
 * browser plays the gateway's signed headers.
 */
class WebhooksAdminBrowserIT extends RuntimeIntegrationTest {

	private static Playwright playwright;

	private static Browser chromium;

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
	void theOwnerAddsAnEndpointReadsItsDeliveriesReEnablesItAfterTheNoticeAndResendsADelivery() {
		Shop shop = shop("hooks-screen");
		try (WebhookReceiver receiver = WebhookReceiver.https().answering(200)) {
			Page page = ownersTab(shop);
			page.navigate(url("/admin/#/webhooks"));
			page.locator("#webhook-form input[name=url]").fill("ftp://127.0.0.1/hook");
			page.locator("#webhook-form input[value='catalog.ProductCreated']").check();
			page.locator("#save-webhook").click();
			assertThat(page.locator("#webhook-form .field-error")).containsText("must be an https URL");

			page.locator("#webhook-form input[name=url]").fill(receiver.url("/screen"));
			page.locator("#save-webhook").click();
			assertThat(page.locator("#webhook-secret")).containsText("whsec_");
			assertThat(page).hasURL(Pattern.compile(".*#/webhooks/[0-9a-f-]{36}$"));
			String endpoint = page.url().substring(page.url().lastIndexOf('/') + 1);

			createProduct(shop);
			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
			awaitRow(page, endpoint, "delivered");
			assertThat(page.locator("#webhook-deliveries tr[data-status=delivered] td").nth(3)).hasText("200");
			assertThat(page.locator("#webhook-deliveries tr[data-status=delivered] td").nth(4)).containsText(" ms");
			assertThat(page.locator("#webhook-secret")).hasCount(0);

			receiver.answering(500);
			createProduct(shop);
			awaitRow(page, endpoint, "abandoned");
			assertThat(page.locator("#disabled-notice")).containsText("failed deliveries in a row");
			page.navigate(url("/admin/#/webhooks"));
			assertThat(page.locator("#disabled-notice")).containsText("1 endpoint(s) disabled");

			page.navigate(url("/admin/#/webhooks/" + endpoint));
			page.locator("#enable-webhook").click();
			assertThat(page.locator("#notice")).hasText("Endpoint enabled again");
			assertThat(page.locator("#disabled-notice")).hasCount(0);

			// the delivery dropped while it was disabled, resent by hand (docs/adr/0088)
			receiver.answering(200);
			int calls = receiver.received().size();
			page.locator("#webhook-deliveries tbody tr").first().locator(".resend-delivery").click();
			assertThat(page.locator("#notice")).hasText("Delivery queued to be sent again");
			await().atMost(PATIENCE).until(() -> receiver.received().size() == calls + 1);
			awaitRow(page, endpoint, "delivered");
		}
	}

	// reloads the endpoint's page until its newest delivery shows the status
	private void awaitRow(Page page, String endpoint, String status) {
		await().atMost(PATIENCE).until(() -> {
			page.navigate(url("/admin/#/webhooks/" + endpoint));
			page.reload();
			page.locator("#webhook-deliveries").waitFor();
			return page.locator("#webhook-deliveries tbody tr").first().getAttribute("data-status").equals(status);
		});
	}

	private void createProduct(Shop shop) {
		assertThat(this.runtime
			.createProduct(shop.id(), shop.ownerToken(),
					RuntimeClient.productJson("SCREEN-" + UUID.randomUUID(), "Screen tee", 1500, "EUR"))
			.status()).isEqualTo(201);
	}

	// the tab holds the owner's token as after a sign-in, and every request gets the
	// gateway's signature, bound to its method and target (ADR 0005)
	private Page ownersTab(Shop shop) {
		BrowserContext context = chromium.newContext();
		context.addInitScript("sessionStorage.setItem('rustok.admin.session', JSON.stringify({accessToken: '"
				+ shop.ownerToken() + "', refreshToken: null, idToken: null, expiresAt: Date.now() + 240000}));");
		context.route("**/*", (route) -> {
			if (!route.request().url().startsWith(url("/"))) {
				route.resume();
				return;
			}
			Map<String, String> headers = new HashMap<>(route.request().headers());
			headers.put(GatewayHeaders.TENANT, shop.id());
			headers.put(GatewayHeaders.TENANT_SIGNATURE, RuntimeClient.gatewaySignature(route.request().method(),
					URI.create(route.request().url()), shop.id()));
			route.resume(new Route.ResumeOptions().setHeaders(headers));
		});
		return context.newPage();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
