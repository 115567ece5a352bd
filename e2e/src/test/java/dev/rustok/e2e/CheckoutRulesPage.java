package dev.rustok.e2e;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * The shop admin's checkout rules as a merchant sets them up: shipping methods
 * ({@code #/shipping}), tax rates ({@code #/tax}) and discount codes
 * ({@code #/discounts}), each reached from the admin's navigation.
 */
final class CheckoutRulesPage {

	private static final double WAIT_MS = 30_000;

	private final Page page;

	CheckoutRulesPage(Page page) {
		this.page = page;
	}

	/** Adds a flat-rate method; returns its rate as the list shows it. */
	String addFlatShipping(String code, String name, String rate) {
		Locator form = openForm("shipping", "#shipping-form");
		form.getByLabel("Code").fill(code);
		form.getByLabel("Name shoppers read").fill(name);
		form.getByLabel("Kind").selectOption("flat");
		form.getByLabel("Rate", new Locator.GetByLabelOptions().setExact(true)).fill(rate);
		form.locator("#save-shipping").click();
		return row("#shipping-methods", code).locator(".rule-rate").innerText();
	}

	/** Adds a region's rate in percent; returns the rate as the list shows it. */
	String addTaxRate(String region, String percent, boolean inclusive) {
		Locator form = openForm("tax", "#tax-form");
		form.getByLabel("Region").fill(region);
		form.getByLabel("Rate in percent").fill(percent);
		form.getByLabel("already include this tax").setChecked(inclusive);
		form.locator("#save-tax").click();
		return row("#tax-rates", region).locator(".rule-rate").innerText();
	}

	/** Adds a percentage code; returns its offer as the list shows it. */
	String addPercentageCode(String code, String percent) {
		fillPercentageCode(code, percent);
		return row("#discount-codes", code).locator(".rule-offer").innerText();
	}

	/** Adds a percentage code the shop refuses; returns the error next to the percent. */
	String addPercentageCodeRefused(String code, String percent) {
		fillPercentageCode(code, percent);
		Locator error = this.page.locator("#discount-form input[name=percent] + .field-error");
		error.waitFor(visible());
		return error.innerText();
	}

	/** The codes the list shows. */
	List<String> discountCodes() {
		openForm("discounts", "#discount-form");
		return this.page.locator("#discount-codes .rule-code").allInnerTexts();
	}

	/** How often a code was used, as the list shows it ("1 (no limit)", "2 of 5"). */
	String uses(String code) {
		openForm("discounts", "#discount-form");
		return row("#discount-codes", code).locator(".rule-used").innerText();
	}

	private void fillPercentageCode(String code, String percent) {
		Locator form = openForm("discounts", "#discount-form");
		form.getByLabel("Code").fill(code);
		form.getByLabel("Kind").selectOption("percentage");
		form.getByLabel("Percent off").fill(percent);
		form.locator("#save-discount").click();
	}

	// the view is opened afresh from the navigation (a reload when already there), so
	// the list is the shop's current one
	private Locator openForm(String view, String form) {
		if (this.page.url().endsWith("#/" + view)) {
			this.page.reload();
		}
		else {
			this.page.locator("[data-nav=" + view + "]").click();
		}
		Locator shown = this.page.locator(form);
		shown.waitFor(visible());
		return shown;
	}

	// codes and regions are stored upper case (docs/adr/0073)
	private Locator row(String table, String code) {
		Locator row = this.page.locator(table + " tr[data-code=\"" + code.toUpperCase(Locale.ROOT) + "\"]");
		row.waitFor(visible());
		return row;
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(WAIT_MS);
	}

}
