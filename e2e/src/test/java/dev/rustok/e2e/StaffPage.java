package dev.rustok.e2e;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The shop admin's staff view ({@code #/staff}), as an owner or admin uses it. */
final class StaffPage {

	private final Page page;

	private StaffPage(Page page) {
		this.page = page;
	}

	/** Opens the view from the signed-in admin's navigation. */
	static StaffPage open(Page page) {
		page.locator("[data-nav=staff]").click();
		page.locator("#view h1").filter(new Locator.FilterOptions().setHasText("Staff")).waitFor(visible());
		return new StaffPage(page);
	}

	/** Adds a member; returns the one-time password the page shows. */
	String add(String email, String role) {
		submit(email, role);
		Locator password = this.page.locator("#temporary-password-value");
		password.waitFor(visible());
		return password.innerText().strip();
	}

	/** Adds a member the shop refuses; returns the sentence the form shows. */
	String addRefused(String email, String role) {
		submit(email, role);
		Locator error = this.page.locator("#staff-form .form-error");
		error.waitFor(visible());
		return error.innerText();
	}

	List<String> emails() {
		this.page.locator("#staff").waitFor(visible());
		return this.page.locator(".staff-email").allInnerTexts();
	}

	/** Removes the member after accepting the browser's confirmation. */
	StaffPage remove(String email) {
		this.page.onceDialog((dialog) -> dialog.accept());
		this.page.locator(".staff-row[data-email=\"" + email + "\"] .danger").click();
		this.page.locator("#notice")
			.filter(new Locator.FilterOptions().setHasText("Removed " + email))
			.waitFor(visible());
		return this;
	}

	/** What an editor or viewer is told instead of the list. */
	String notYours() {
		Locator note = this.page.locator("#staff-not-yours");
		note.waitFor(visible());
		return note.innerText();
	}

	private void submit(String email, String role) {
		this.page.fill("#staff-form input[name=email]", email);
		this.page.selectOption("#staff-form select[name=role]", role);
		this.page.click("#add-staff");
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE);
	}

}
