package dev.rustok.e2e;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * The shop admin at {@code /admin}: reached through the realm's login form, then one view
 * per {@code #/} fragment. Finds things the way a merchant does, by label and text.
 */
final class ShopAdminPage {

	private static final double WAIT_MS = 30_000;

	private final Page page;

	private ShopAdminPage(Page page) {
		this.page = page;
	}

	/**
	 * Opens the admin, which sends a signed-out merchant to the shop realm's login form,
	 * and signs in there.
	 */
	static ShopAdminPage signIn(Page page, String adminUrl, String email, String password) {
		page.navigate(adminUrl);
		new KeycloakLoginPage(page).signIn(email, password);
		ShopAdminPage admin = new ShopAdminPage(page);
		// the view asked for before the sign-in (the product list by default) is back
		admin.page.locator("#nav").waitFor(visible());
		admin.page.locator("#view h1").waitFor(visible());
		return admin;
	}

	String url() {
		return this.page.url();
	}

	String signedInAs() {
		return this.page.locator("#who").innerText();
	}

	/** Signs out of the admin and the realm; returns the page's heading afterwards. */
	String signOut() {
		this.page.locator("#sign-out").click();
		this.page.locator("#sign-in").waitFor(visible());
		return this.page.locator("h1").innerText();
	}

	/**
	 * After signing out: signing in again asks for the password, the realm session is
	 * over.
	 */
	boolean signInAsksForThePasswordAgain() {
		this.page.locator("#sign-in").click();
		this.page.locator("#kc-form-login").waitFor(visible());
		return this.page.locator("#password").isVisible();
	}

	String readOnlyNote() {
		Locator note = this.page.locator("#read-only-note");
		return note.isVisible() ? note.innerText() : "";
	}

	/** Whether anything on the page now would let this person change the shop. */
	boolean offersChanges() {
		return this.page.locator("#new-product, #save-product, form.adjust button, #create-collection")
			.all()
			.stream()
			.anyMatch(Locator::isVisible);
	}

	/** Opens a product from the list by its title. */
	ProductEditor openProduct(String title) {
		this.page.click("a[data-nav=products]");
		this.page.locator("#products .product-title", new Page.LocatorOptions().setHasText(title)).click();
		return editor();
	}

	ShopAdminPage createCollection(String title) {
		this.page.click("a[data-nav=collections]");
		Locator form = this.page.locator("#collection-form");
		form.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill(title);
		form.locator("#create-collection").click();
		this.page.locator("#collections .collection-title", new Page.LocatorOptions().setHasText(title))
			.waitFor(visible());
		return this;
	}

	/** Adds a category, at the top or inside the one named {@code parent}. */
	ShopAdminPage createCategory(String name, String parent) {
		this.page.click("a[data-nav=categories]");
		Locator form = this.page.locator("#category-form");
		form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		if (parent != null) {
			Locator select = form.getByLabel("Inside category");
			String value = select.locator("option", new Locator.LocatorOptions().setHasText(parent))
				.first()
				.getAttribute("value");
			select.selectOption(value);
		}
		form.locator("#save-category").click();
		this.page.locator("#notice:not([hidden])", new Page.LocatorOptions().setHasText("Created “" + name + "”"))
			.waitFor(visible());
		return this;
	}

	/** The category tree as shown: each name indented by two spaces per level. */
	List<String> categoryTree() {
		this.page.click("a[data-nav=categories]");
		this.page.locator("#categories .category-name").first().waitFor(visible());
		return this.page.locator("#categories .category-name").all().stream().map((name) -> {
			String depth = name.getAttribute("class").replaceAll(".*depth-(\\d+).*", "$1");
			return "  ".repeat(Integer.parseInt(depth)) + name.innerText();
		}).toList();
	}

	/**
	 * Changes every EUR price of the collection's products by a percentage; returns what
	 * the shop said.
	 */
	String changePrices(String collection, String currency, String percent) {
		this.page.click("a[data-nav=collections]");
		this.page.locator("#collections .collection-title a", new Page.LocatorOptions().setHasText(collection)).click();
		Locator form = this.page.locator("#bulk-prices-form");
		form.waitFor(visible());
		form.getByLabel("Currency").selectOption(currency);
		form.getByLabel("Change in percent").fill(percent);
		form.locator("#change-prices").click();
		Locator notice = this.page.locator("#notice:not([hidden])",
				new Page.LocatorOptions().setHasText("prices in " + currency));
		notice.waitFor(visible());
		return notice.innerText();
	}

	/** Runs a query in the admin's GraphQL console; returns the answer as shown. */
	String runInConsole(String query) {
		this.page.click("a[data-nav=graphql]");
		Locator form = this.page.locator("#console-form");
		form.waitFor(visible());
		form.getByLabel("Query").fill(query);
		form.getByLabel("Variables (JSON)").fill("{}");
		form.locator("#run-query").click();
		Locator result = this.page.locator("#console-result");
		this.page.waitForCondition(() -> result.innerText().startsWith("{"),
				new Page.WaitForConditionOptions().setTimeout(WAIT_MS));
		return result.innerText();
	}

	/** The product editor this page shows. */
	ProductEditor editor() {
		this.page.locator("#product-form").waitFor(visible());
		return new ProductEditor(this.page);
	}

	ProductEditor newProduct() {
		this.page.click("a[data-nav=products]");
		this.page.locator("#new-product").click();
		this.page.locator("#product-form").waitFor(visible());
		return new ProductEditor(this.page);
	}

	List<String> productTitles(String search) {
		this.page.navigate(this.page.url().replaceAll("#.*$", "") + "#/products");
		this.page.locator("#product-search").fill(search);
		this.page.locator("#product-search").press("Enter");
		this.page.locator("#products[data-loaded='" + search + "']").waitFor(visible());
		return this.page.locator("#products .product-title").allInnerTexts();
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(WAIT_MS);
	}

	/** The product editor, new or existing. */
	static final class ProductEditor {

		private final Page page;

		ProductEditor(Page page) {
			this.page = page;
		}

		private Locator form() {
			return this.page.locator("#product-form");
		}

		ProductEditor title(String title) {
			form().getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill(title);
			return this;
		}

		ProductEditor option(String name, String values) {
			form().locator("#add-option").click();
			form().locator(".option").last().getByLabel("Option name").fill(name);
			form().locator(".option").last().getByLabel("Option values").fill(values);
			form().locator("#make-variants").click();
			return this;
		}

		/** Fills a variant's row, found by its option value (empty: the only variant). */
		ProductEditor variant(String optionValue, String sku, String priceEur) {
			String suffix = optionValue.isEmpty() ? "" : " " + optionValue;
			form().getByLabel("SKU" + suffix, new Locator.GetByLabelOptions().setExact(true)).fill(sku);
			form().getByLabel("Price EUR" + suffix, new Locator.GetByLabelOptions().setExact(true)).fill(priceEur);
			return this;
		}

		ProductEditor image(String url, String alt) {
			form().locator("#add-image").click();
			form().locator(".image").last().getByLabel("Image URL").fill(url);
			form().locator(".image").last().getByLabel("Alt text").fill(alt);
			return this;
		}

		ProductEditor tags(String commaSeparated) {
			form().getByLabel("Tags", new Locator.GetByLabelOptions().setExact(true)).fill(commaSeparated);
			return this;
		}

		ProductEditor inCollection(String title) {
			form().getByLabel(title, new Locator.GetByLabelOptions().setExact(true)).check();
			return this;
		}

		ProductEditor status(String status) {
			form().getByLabel("Status").selectOption(status);
			return this;
		}

		/** Saves and waits for the shop to confirm it. */
		ProductEditor save() {
			form().locator("#save-product").click();
			this.page.locator("#notice:not([hidden])", new Page.LocatorOptions().setHasText("Saved"))
				.waitFor(visible());
			return this;
		}

		/** Saves and returns what the page says when the shop refuses it. */
		String saveExpectingRefusal() {
			form().locator("#save-product").click();
			this.page.locator("#notice.bad:not([hidden])").waitFor(visible());
			return this.page.locator("#notice").innerText();
		}

		/** Saves and returns the field errors the shop answered, field by field. */
		List<String> saveExpectingErrors() {
			form().locator("#save-product").click();
			form().locator(".field-error").first().waitFor(visible());
			return form().locator(".field-error").allInnerTexts();
		}

		String title() {
			return form().getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).inputValue();
		}

		Stock stock() {
			form().locator("#product-stock").click();
			this.page.locator("#stock").waitFor(visible());
			return new Stock(this.page);
		}

	}

	/** One product's stock per variant and location. */
	static final class Stock {

		private final Page page;

		Stock(Page page) {
			this.page = page;
		}

		Stock receive(String sku, int units) {
			Locator form = this.page.locator("form.adjust[data-sku='" + sku + "']");
			form.locator(".delta").fill(Integer.toString(units));
			form.locator(".reason").selectOption("received");
			form.getByText("Adjust").click();
			this.page.locator("#notice:not([hidden])", new Page.LocatorOptions().setHasText("Stock of " + sku))
				.waitFor(visible());
			return this;
		}

		/** Takes units off with a reason other than a sale. */
		Stock writeOff(String sku, int units, String reason) {
			Locator form = this.page.locator("form.adjust[data-sku='" + sku + "']");
			form.locator(".delta").fill(Integer.toString(-units));
			form.locator(".reason").selectOption(reason);
			form.getByText("Adjust").click();
			// the notice of an earlier adjustment may still show: the emptied field says
			// this one is done
			this.page.waitForCondition(() -> form.locator(".delta").inputValue().isEmpty(),
					new Page.WaitForConditionOptions().setTimeout(WAIT_MS));
			return this;
		}

		/**
		 * The variant's adjustment history, newest first, as "change reason
		 * on-hand-after" lines.
		 */
		List<String> history(String sku) {
			this.page.locator("button.show-history[data-sku='" + sku + "']").click();
			Locator rows = this.page.locator("table.history[data-sku='" + sku + "'] tr.adjustment");
			rows.first().waitFor(visible());
			return rows.all().stream().map((row) -> {
				List<String> cells = row.locator("td").allInnerTexts();
				return cells.get(2) + " " + cells.get(3) + " " + cells.get(4);
			}).toList();
		}

		String available(String sku) {
			return this.page.locator("tr.stock-row[data-sku='" + sku + "'] .available").innerText();
		}

		ProductEditor backToProduct() {
			this.page.getByText("Edit product").click();
			this.page.locator("#product-form").waitFor(visible());
			return new ProductEditor(this.page);
		}

	}

}
