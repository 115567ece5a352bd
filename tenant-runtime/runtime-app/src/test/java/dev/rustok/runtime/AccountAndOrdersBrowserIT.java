package dev.rustok.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.orders.NewOrder;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.PricingRules;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.pricing.TotalsCalculation;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.AfterAll;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser (Debian's Chromium) at the shop's public address: a shopper signs up
 * on the realm's own registration page and finds their order on the account page; the
 * merchant signs in to the shop admin through the realm's login form, opens the order,
 * marks it paid and fulfils it; the shopper's account then shows it fulfilled. Requests
 * to the shop's host go to this runtime as the gateway would send them (signed tenant,
 * forwarded host); Keycloak is reached directly, as browsers do.
 */
class AccountAndOrdersBrowserIT extends RuntimeIntegrationTest {

	private static final HttpClient GATEWAY = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final java.util.Set<String> RESTRICTED = java.util.Set.of("host", "connection", "content-length",
			"expect", "upgrade", "keep-alive", "transfer-encoding");

	private static final String PASSWORD = "shopper-pass-" + UUID.randomUUID();

	private static Playwright playwright;

	private static Browser chromium;

	@Autowired
	OrderBook orderBook;

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
	void aShopperSignsUpAndSeesTheOrderTheMerchantFulfilsInTheShopAdmin() throws Exception {
		Shop shop = shop("browser-orders");
		String origin = gatewayFor(shop);
		letLoginsReturnTo(shop, origin);
		String email = "ada-" + UUID.randomUUID() + "@shoppers.example";

		Page shopper = newContext().newPage();
		shopper.navigate(origin + "/account");
		assertThat(shopper.locator("#kc-form-login")).isVisible();
		shopper.navigate(origin + "/auth/signup?returnTo=/account");
		shopper.fill("#email", email);
		shopper.fill("#firstName", "Ada");
		shopper.fill("#lastName", "Lovelace");
		shopper.fill("#password", PASSWORD);
		shopper.fill("#password-confirm", PASSWORD);
		shopper.click("input[type=submit]");
		assertThat(shopper).hasURL(origin + "/account");
		assertThat(shopper.locator(".customer-email")).hasText(email);
		assertThat(shopper.locator(".orders .empty")).isVisible();

		long number = placeFor(shop, email);
		shopper.reload();
		assertThat(shopper.locator(".order .order-state")).hasText("pending");

		Page admin = newContext().newPage();
		admin.navigate(origin + "/admin/#/orders");
		admin.fill("#username", shop.ownerEmail());
		admin.fill("#password", RuntimePlatform.OWNER_PASSWORD);
		admin.click("#kc-login");
		assertThat(admin.locator("#orders .order-row")).hasCount(1);
		admin.selectOption("#order-state", "paid");
		assertThat(admin.locator("#no-orders")).hasText("No paid orders.");
		admin.selectOption("#order-state", "pending");
		admin.click("text=#" + number);
		assertThat(admin.locator("#order-state-now")).hasText("pending");
		admin.fill("#order-reason", "cash on delivery received");
		admin.click("#pay-order");
		assertThat(admin.locator("#order-state-now")).hasText("paid");
		admin.fill("#refund-amount", "999999");
		admin.click("#refund-order");
		assertThat(admin.locator("#order-actions .form-error")).containsText("Refund:");
		admin.click("#fulfil-order");
		assertThat(admin.locator("#order-state-now")).hasText("fulfilled");
		assertThat(admin.locator("#order-timeline .timeline-action"))
			.hasText(new String[] { "placed", "paid", "fulfilled" });
		assertThat(admin.locator("#order-timeline")).containsText("cash on delivery received");

		shopper.reload();
		assertThat(shopper.locator(".order .order-state")).hasText("fulfilled");
		shopper.click("text=#" + number);
		assertThat(shopper.locator(".order-state")).hasText("fulfilled");
		assertThat(shopper.locator(".timeline")).not().containsText(shop.ownerEmail());
	}

	@org.junit.jupiter.api.AfterEach
	void showWhereTheBrowsersWere() {
		for (BrowserContext context : this.contexts) {
			for (Page page : context.pages()) {
				String content = page.content();
				System.out
					.println("PAGE " + page.url() + "\n" + content.substring(0, Math.min(3000, content.length())));
			}
			context.close();
		}
		this.contexts.clear();
		this.gateways.forEach((server) -> server.stop(0));
		this.gateways.clear();
	}

	private final List<BrowserContext> contexts = new java.util.ArrayList<>();

	private long placeFor(Shop shop, String email) {
		String subject = JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select subject from \"" + shop.route().schema() + "\".customer_profile where email = ?")
			.param(email)
			.query(String.class)
			.single();
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		UUID variant = Variants.aVariant(shop.route().schema(), false);
		PricedLine line = new PricedLine(new VariantId(variant), "MUG-1", "Mug", new Money(1_250, "EUR"), 2, 300);
		PricingRules rules = new PricingRules(new ShippingMethod.FlatRate("standard", new Money(490, "EUR")),
				new TaxRate("DE", 1_900, true), Optional.empty());
		return this.orderBook
			.place(tenant,
					new NewOrder(List.of(line), TotalsCalculation.totals(List.of(line), rules), List.of(),
							"customer:" + subject))
			.facts()
			.number();
	}

	// a stand-in for the gateway on a port of its own: the browser asks the shop's host
	// (Chromium resolves *.localhost to loopback), and each request reaches this runtime
	// signed for the tenant with the host as X-Forwarded-Host (ADR 0005); redirects go
	// back to the browser, which follows them through here again
	private String gatewayFor(Shop shop) throws java.io.IOException {
		com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		String host = shop.route().host() + ":" + server.getAddress().getPort();
		server.createContext("/", (exchange) -> {
			URI asked = exchange.getRequestURI();
			URI target = URI.create("http://127.0.0.1:" + this.port + asked.getRawPath()
					+ ((asked.getRawQuery() != null) ? "?" + asked.getRawQuery() : ""));
			HttpRequest.Builder request = HttpRequest.newBuilder(target);
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			byte[] body = exchange.getRequestBody().readAllBytes();
			request.header(GatewayHeaders.TENANT, shop.id())
				.header(GatewayHeaders.TENANT_SIGNATURE,
						RuntimeClient.gatewaySignature(exchange.getRequestMethod(), target, shop.id()))
				.header("X-Forwarded-Host", host)
				.header("X-Forwarded-Proto", "http")
				.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
			try {
				HttpResponse<byte[]> answer = GATEWAY.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
				answer.headers().map().forEach((name, values) -> {
					if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
						exchange.getResponseHeaders().put(name, values);
					}
				});
				exchange.sendResponseHeaders(answer.statusCode(),
						(answer.body().length == 0) ? -1 : answer.body().length);
				exchange.getResponseBody().write(answer.body());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				exchange.close();
			}
		});
		server.start();
		this.gateways.add(server);
		return "http://" + host;
	}

	private final List<com.sun.net.httpserver.HttpServer> gateways = new java.util.ArrayList<>();

	private BrowserContext newContext() {
		BrowserContext context = chromium.newContext();
		this.contexts.add(context);
		return context;
	}

	// the realm lets logins return to the shop at the dev gateway's port; here the shop
	// is
	// reached at this runtime's port, so the realm learns that address too
	private void letLoginsReturnTo(Shop shop, String origin) {
		try (Keycloak admin = Keycloak.getInstance(RuntimePlatform.KEYCLOAK.baseUrl(), "master",
				RuntimePlatform.KEYCLOAK.adminUsername(), RuntimePlatform.KEYCLOAK.adminPassword(), "admin-cli")) {
			RealmResource realm = admin.realm(shop.route().realm());
			for (String[] client : new String[][] { { "storefront", "/auth/callback" },
					{ "admin", "/admin/auth/callback" } }) {
				ClientRepresentation rep = realm.clients().findByClientId(client[0]).getFirst();
				rep.setRedirectUris(new java.util.ArrayList<>(rep.getRedirectUris()));
				rep.getRedirectUris().add(origin + client[1]);
				rep.setWebOrigins(new java.util.ArrayList<>(rep.getWebOrigins()));
				rep.getWebOrigins().add(origin);
				// Playwright's view of a URL and the wire can differ in percent-encoding,
				// which the signature covers: no encoded issuer in the code's return
				rep.getAttributes().put("exclude.issuer.from.auth.response", "true");
				realm.clients().get(rep.getId()).update(rep);
			}
		}
	}

}
