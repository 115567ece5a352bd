package dev.rustok.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The portal's signup form and its live provisioning status. */
final class SignupPage {

	private final Page page;

	private SignupPage(Page page) {
		this.page = page;
	}

	static SignupPage open(Page page, String portalUrl) {
		page.navigate(portalUrl);
		return new SignupPage(page);
	}

	SignupPage signUp(String shopName, String slug, String ownerEmail, String password) {
		this.page.fill("#shopName", shopName);
		this.page.fill("#slug", slug);
		this.page.fill("#ownerEmail", ownerEmail);
		this.page.fill("#password", password);
		this.page.getByText("Create my shop").click();
		return this;
	}

	/**
	 * Waits for the live status to say the shop is ready; returns the storefront link it
	 * shows.
	 */
	String awaitReadyStorefrontLink() {
		this.page.getByText("Your shop is ready")
			.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
				.setTimeout(120_000));
		return this.page.locator("#storefront-link").getAttribute("href");
	}

	/** Waits for the live status to say the shop is ready; returns its admin link. */
	String awaitReadyAdminLink() {
		this.page.getByText("Your shop is ready")
			.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
				.setTimeout(120_000));
		return this.page.locator("#admin-link").getAttribute("href");
	}

	String bodyText() {
		return this.page.locator("body").innerText();
	}

}
