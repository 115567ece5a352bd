package dev.rustok.e2e;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * The shop admin's orders ({@code #/orders}): the list, and one order's page with the
 * actions its state allows.
 */
final class AdminOrdersPage {

	private static final double WAIT_MS = 30_000;

	private final Page page;

	private AdminOrdersPage(Page page) {
		this.page = page;
	}

	/** Opens the list from the signed-in admin's navigation. */
	static AdminOrdersPage open(Page page) {
		page.locator("[data-nav=orders]").click();
		page.locator("#orders, #no-orders").first().waitFor(visible());
		return new AdminOrdersPage(page);
	}

	/** The orders listed, as "#number state" lines, newest first. */
	List<String> orders() {
		return this.page.locator("#orders .order-row")
			.all()
			.stream()
			.map((row) -> row.locator("td").nth(0).innerText() + " " + row.locator(".order-state").innerText())
			.toList();
	}

	/** Opens an order by its number. */
	Order order(String number) {
		this.page.locator("#orders a", new Page.LocatorOptions().setHasText("#" + number)).click();
		this.page.locator("#order-state-now").waitFor(visible());
		return new Order(this.page);
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(WAIT_MS);
	}

	/** One order's page. */
	static final class Order {

		private final Page page;

		Order(Page page) {
			this.page = page;
		}

		String state() {
			return this.page.locator("#order-state-now").innerText();
		}

		String total() {
			return this.page.locator("#order-total").innerText();
		}

		/** Records the money as received (the manual provider leaves orders pending). */
		Order markPaid(String reason) {
			this.page.fill("#order-reason", reason);
			this.page.click("#pay-order");
			return awaitState("paid");
		}

		/** Ships every unit still to ship. */
		Order fulfil() {
			this.page.click("#fulfil-order");
			return awaitState("fulfilled");
		}

		List<String> timeline() {
			return this.page.locator("#order-timeline .timeline-action").allInnerTexts();
		}

		private Order awaitState(String state) {
			this.page
				.locator("#order-state-now", new Page.LocatorOptions().setHasText(Pattern.compile("^" + state + "$")))
				.waitFor(visible());
			return this;
		}

	}

}
