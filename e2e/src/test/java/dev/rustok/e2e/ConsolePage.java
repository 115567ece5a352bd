package dev.rustok.e2e;

import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The platform admin console: Keycloak's login page of the platform realm first (on
 * {@code auth.<domain>}, through the gateway), then the table of every tenant.
 */
final class ConsolePage {

	private static final Duration SIGN_IN_NAVIGATION = Duration.ofSeconds(90);

	private final Page page;

	private ConsolePage(Page page) {
		this.page = page;
	}

	static ConsolePage open(Page page, String consoleUrl) {
		// signing in takes six trips through the gateway (console, auth host, form post,
		// callback, console; docs/adr/0106): on the loaded test machine a navigation was
		// seen to need more than Playwright's default 30 s
		page.setDefaultNavigationTimeout(SIGN_IN_NAVIGATION.toMillis());
		page.navigate(consoleUrl);
		return new ConsolePage(page);
	}

	/** Signs in on Keycloak's login page and waits for the page it leads to. */
	ConsolePage logIn(String username, String password) {
		this.page.fill("#username", username);
		this.page.fill("#password", password);
		this.page.waitForNavigation(() -> this.page.click("#kc-login"));
		return this;
	}

	/** Where Keycloak's login form sends the password. */
	String loginFormAction() {
		return this.page.locator("form:has(#password)").getAttribute("action");
	}

	boolean showsLoginForm() {
		return this.page.locator("#kc-login").isVisible();
	}

	String url() {
		return this.page.url();
	}

	String heading() {
		return this.page.locator("h1").innerText();
	}

	String text() {
		return this.page.locator("body").innerText();
	}

	List<String> slugs() {
		return this.page.locator("#tenants tr.tenant")
			.all()
			.stream()
			.map((row) -> row.getAttribute("data-slug"))
			.toList();
	}

	/** The table row of one tenant, cell by cell as an admin reads it. */
	Tenant tenant(String slug) {
		Locator row = this.page.locator("#tenants tr.tenant[data-slug='" + slug + "']");
		return new Tenant(row.locator(".slug").innerText(), row.locator(".shop-name").innerText(),
				row.locator(".status").innerText(), row.locator(".plan select").inputValue(),
				row.locator(".storefront a").getAttribute("href"));
	}

	/**
	 * Picks another plan in the tenant's row and submits it; waits for the page it leads
	 * to.
	 */
	ConsolePage changePlan(String slug, String plan) {
		Locator form = this.page.locator("#tenants tr.tenant[data-slug='" + slug + "'] form.change-plan");
		form.locator("select").selectOption(plan);
		this.page.waitForNavigation(() -> form.locator("button[type=submit]").click());
		return this;
	}

	record Tenant(String slug, String shopName, String status, String plan, String storefrontUrl) {

	}

}
