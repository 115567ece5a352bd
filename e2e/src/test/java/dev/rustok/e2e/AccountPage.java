package dev.rustok.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * A shopper's account at the shop ({@code /account}): created on the shop realm's own
 * registration page, then the profile and the orders.
 */
final class AccountPage {

	private final Page page;

	private final String shopUrl;

	private AccountPage(Page page, String shopUrl) {
		this.page = page;
		this.shopUrl = shopUrl;
	}

	/**
	 * Follows the shop's "Create an account" link to the realm's registration page, fills
	 * it in and comes back to the account page, signed in.
	 */
	static AccountPage signUp(Page page, String shopUrl, String email, String firstName, String lastName,
			String password) {
		page.navigate(shopUrl + "auth/signup?returnTo=/account");
		page.locator("#kc-register-form").waitFor(visible());
		page.fill("#email", email);
		page.fill("#firstName", firstName);
		page.fill("#lastName", lastName);
		page.fill("#password", password);
		page.fill("#password-confirm", password);
		page.click("input[type=submit]");
		page.locator(".customer-email").waitFor(visible());
		return new AccountPage(page, shopUrl);
	}

	String email() {
		return this.page.locator(".customer-email").innerText();
	}

	boolean hasNoOrders() {
		return this.page.locator(".orders .empty").isVisible();
	}

	/** Opens the account page afresh and reads the order's state in the list. */
	String orderState(String number) {
		this.page.navigate(this.shopUrl + "account");
		Locator order = this.page.locator("tr.order", new Page.LocatorOptions().setHasText("#" + number));
		order.waitFor(visible());
		return order.locator(".order-state").innerText();
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(30_000);
	}

}
