package dev.rustok.e2e;

import com.microsoft.playwright.Page;

/**
 * The storefront's checkout, step by step as a shopper goes through it: contact and
 * address, shipping, payment (where a discount code is applied) and review; plain forms
 * that post and redirect.
 */
final class CheckoutPage {

	private final Page page;

	CheckoutPage(Page page) {
		this.page = page;
	}

	/** Fills in the contact and address step and continues to shipping. */
	CheckoutPage contact(String email, String fullName, String street, String city, String postalCode, String country) {
		this.page.fill("input[name=email]", email);
		this.page.fill("input[name=fullName]", fullName);
		this.page.fill("input[name=line1]", street);
		this.page.fill("input[name=city]", city);
		this.page.fill("input[name=postalCode]", postalCode);
		this.page.fill("input[name=country]", country);
		this.page.waitForNavigation(() -> this.page.click("text=Continue to shipping"));
		return this;
	}

	/**
	 * Chooses a shipping method by the name the merchant gave it and continues to
	 * payment.
	 */
	CheckoutPage shipping(String methodName) {
		this.page.getByLabel(methodName).check();
		this.page.waitForNavigation(() -> this.page.click("text=Continue to payment"));
		return this;
	}

	/** Applies a discount code on the payment step. */
	CheckoutPage applyCode(String code) {
		this.page.fill("form.discount-form input[name=code]", code);
		this.page.waitForNavigation(() -> this.page.click("form.discount-form button"));
		return this;
	}

	String heading() {
		return this.page.locator("h1").innerText();
	}

	/** The totals as shown ("Subtotal 20.50 EUR Discount −2.05 EUR …"), one line each. */
	String totals() {
		return this.page.locator(".checkout-totals dl").innerText();
	}

	String total() {
		return this.page.locator("#checkout-total").innerText();
	}

	/** Reviews and places the order; returns the number on the confirmation page. */
	String placeOrder() {
		this.page.waitForNavigation(() -> this.page.click("#to-review"));
		this.page.waitForNavigation(() -> this.page.click("#place-order"));
		if (!heading().equals("Thank you for your order")) {
			throw new IllegalStateException("no confirmation: " + this.page.locator("main").innerText());
		}
		return this.page.locator("#order-number").innerText().strip();
	}

}
