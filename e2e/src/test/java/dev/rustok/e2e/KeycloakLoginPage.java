package dev.rustok.e2e;

import com.microsoft.playwright.Page;

/** Keycloak's own login form of a realm, as a person fills it in. */
final class KeycloakLoginPage {

	private final Page page;

	KeycloakLoginPage(Page page) {
		this.page = page;
		this.page.locator("#kc-form-login").waitFor();
	}

	/** Submits the form; Keycloak then redirects back to the client's callback. */
	void signIn(String username, String password) {
		this.page.fill("#username", username);
		this.page.fill("#password", password);
		this.page.click("#kc-login");
	}

}
