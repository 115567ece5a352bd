package dev.rustok.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import dev.rustok.controlplane.api.GatewayHeaders;
import dev.rustok.runtime.RuntimePlatform.Shop;

/**
 * The shop admin in Debian's Chromium for a test that is about a screen, not the sign-in
 * (the e2e journeys sign in): the tab starts with the owner's token as after a sign-in,
 * and the browser plays the gateway's signed headers, bound to each request's method and
 * target (ADR 0005). As {@code WebhooksAdminBrowserIT} does it.
 */
final class AdminTabs {

	private AdminTabs() {
	}

	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser chromium(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
	}

	/**
	 * A tab of the shop's admin at the runtime's {@code port}, signed in as the owner.
	 */
	static Page ownersTab(Browser chromium, Shop shop, int port) {
		String origin = "http://127.0.0.1:" + port + "/";
		BrowserContext context = chromium.newContext();
		context.addInitScript("sessionStorage.setItem('rustok.admin.session', JSON.stringify({accessToken: '"
				+ shop.ownerToken() + "', refreshToken: null, idToken: null, expiresAt: Date.now() + 240000}));");
		context.route("**/*", (route) -> {
			if (!route.request().url().startsWith(origin)) {
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

}
