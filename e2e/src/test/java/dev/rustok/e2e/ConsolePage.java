package dev.rustok.e2e;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The platform admin console: Keycloak's login page of the realm {@code platform} first,
 * then the table of every tenant.
 */
final class ConsolePage {

	private final Page page;

	private ConsolePage(Page page) {
		this.page = page;
	}

	static ConsolePage open(Page page, String consoleUrl) {
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
