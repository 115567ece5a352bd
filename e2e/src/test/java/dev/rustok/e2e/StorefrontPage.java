package dev.rustok.e2e;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** A shop's storefront home page as a shopper sees it. */
final class StorefrontPage {

	private final Page page;

	private final Response response;

	private StorefrontPage(Page page, Response response) {
		this.page = page;
		this.response = response;
	}

	static StorefrontPage open(Page page, String url) {
		return new StorefrontPage(page, page.navigate(url));
	}

	int status() {
		return this.response.status();
	}

	String shopName() {
		return this.page.locator(".shop-name").innerText();
	}

	List<String> productNames() {
		return this.page.locator(".product .product-name").allInnerTexts();
	}

	String text() {
		return this.page.locator("body").innerText();
	}

}
