package dev.rustok.e2e;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.Locator;
import dev.rustok.devservices.PlatformClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner adds an editor in the shop admin and reads the one-time password once; the
 * trial plan's one staff account is then taken, which the page says in words; the editor
 * signs in with the one-time password, is made to choose their own on Keycloak's page,
 * and gets the admin as an editor, without the staff list (docs/adr/0078, 0079).
 */
class StaffMemberJourneyIT {

	private static final String PASSWORD = "correct-horse-battery";

	@RegisterExtension
	static final RunningPlatform platform = new RunningPlatform();

	private static PlatformClient client;

	private static Browser browser;

	@BeforeAll
	static void connect() {
		client = platform.client();
		browser = platform.browser();
	}

	@Test
	void anOwnerAddsAnEditorWhoChoosesAPasswordAtFirstSignInAndTheTrialPlanTakesNoMore() {
		String slug = "team-" + UUID.randomUUID().toString().substring(0, 8);
		String owner = "owner@" + slug + ".example";
		String editor = "editor@" + slug + ".example";
		String adminUrl = platform.spec().storefrontUrl(slug) + "admin";
		client.signUpAndWait("Team Shop", slug, owner, PASSWORD, Duration.ofMinutes(2));
		Page ownerPage = browser.newPage();
		ShopAdminPage.signIn(ownerPage, adminUrl, owner, PASSWORD);

		StaffPage staff = StaffPage.open(ownerPage);
		String temporary = staff.add(editor, "editor");
		assertThat(temporary).hasSize(20);
		assertThat(staff.emails()).containsExactly(owner, editor);
		String refusal = staff.addRefused("second@" + slug + ".example", "viewer");
		assertThat(refusal).contains("allows 1 staff accounts").contains("larger plan");
		assertThat(staff.emails()).containsExactly(owner, editor);

		Page editorPage = browser.newPage();
		editorPage.navigate(adminUrl);
		new KeycloakLoginPage(editorPage).signIn(editor, temporary);
		editorPage.locator("#password-new").waitFor(visible());
		editorPage.fill("#password-new", "editors-own-password-" + UUID.randomUUID());
		editorPage.fill("#password-confirm", editorPage.inputValue("#password-new"));
		editorPage.click("#kc-passwd-update-form [type=submit]");
		editorPage.locator("#nav").waitFor(visible());
		assertThat(editorPage.locator("#who").innerText()).contains(editor).contains("editor");
		assertThat(StaffPage.open(editorPage).notYours()).contains("owner or an admin");

		assertThat(StaffPage.open(ownerPage).remove(editor).emails()).containsExactly(owner);
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE);
	}

}
