package dev.rustok.e2e;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** A shop's cart page ({@code /cart}) as a shopper sees it. */
final class CartPage {

	private final Page page;

	private final Response response;

	CartPage(Page page, Response response) {
		this.page = page;
		this.response = response;
	}

	/** The shop's cart page as the browser's cart cookie finds it. */
	static CartPage open(Page page, String shopUrl) {
		return new CartPage(page, page.navigate(shopUrl + "cart"));
	}

	int status() {
		return this.response.status();
	}

	/** Each line as "title × quantity". */
	List<String> lines() {
		return this.page.locator(".cart-line")
			.all()
			.stream()
			.map((line) -> line.locator(".line-title").innerText() + " × "
					+ line.locator("input[name=quantity]").inputValue())
			.toList();
	}

	String subtotal() {
		return this.page.locator("#cart-subtotal").innerText();
	}

	/** Goes to the first step of the checkout, the contact and address. */
	CheckoutPage checkOut() {
		this.page.waitForNavigation(() -> this.page.click("#to-checkout"));
		return new CheckoutPage(this.page);
	}

}
