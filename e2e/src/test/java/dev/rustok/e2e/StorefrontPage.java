package dev.rustok.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;

/** A shop's storefront pages (product grid, product page) as a shopper sees them. */
final class StorefrontPage {

	private static final Page.GetByTextOptions EXACT = new Page.GetByTextOptions().setExact(true);

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

	/** Picks a collection in the filters and submits them (a plain GET form). */
	StorefrontPage filterByCollection(String title) {
		this.page.getByLabel("Collection").selectOption(new SelectOption().setLabel(title));
		Response answer = this.page.waitForNavigation(() -> this.page.getByText("Show", EXACT).click());
		return new StorefrontPage(this.page, answer);
	}

	StorefrontPage openProduct(String title) {
		Response answer = this.page.waitForNavigation(
				() -> this.page.locator(".product .product-name", new Page.LocatorOptions().setHasText(title)).click());
		return new StorefrontPage(this.page, answer);
	}

	/**
	 * Chooses a value of an option (Size: M) in the variant picker: with JavaScript the
	 * page shows the variant at once (and puts the choice in its address), without it the
	 * plain form is submitted.
	 */
	StorefrontPage choose(String option, String value) {
		Locator picker = this.page.locator(".variant-picker");
		boolean live = picker.getAttribute("class").contains("live");
		picker.getByLabel(option).selectOption(value);
		if (live) {
			String chosen = "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
			this.page.waitForCondition(() -> this.page.url().contains(chosen));
			return this;
		}
		Response answer = this.page.waitForNavigation(() -> this.page.getByText("Choose", EXACT).click());
		return new StorefrontPage(this.page, answer);
	}

	String price() {
		return this.page.locator(".variant-price .price").innerText();
	}

	List<String> tags() {
		return this.page.locator(".tags li").allInnerTexts();
	}

	List<String> imageAlts() {
		return this.page.locator(".gallery img").all().stream().map((image) -> image.getAttribute("alt")).toList();
	}

	/** Puts units of the variant shown into the cart; the shop then shows the cart. */
	CartPage addToCart(int quantity) {
		this.page.fill("form.add-to-cart input[name=quantity]", Integer.toString(quantity));
		// the cart page the post is redirected to
		Response answer = this.page.waitForResponse(
				(response) -> response.request().method().equals("GET") && response.url().endsWith("/cart"),
				() -> this.page.click("#add-to-cart"));
		this.page.waitForLoadState();
		return new CartPage(this.page, answer);
	}

	String availability() {
		return this.page.locator(".stock").innerText();
	}

}
