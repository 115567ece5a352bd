package dev.rustok.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Page;
import dev.rustok.devservices.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A platform admin opens the console at {@code console.localhost}, signs in on the
 * platform realm's Keycloak login page (on {@code auth.localhost}, through the gateway),
 * and sees a shop that has just signed up, with its status, plan and storefront link —
 * through the real gateway, control plane, Keycloak and Chromium.
 */
class PlatformAdminSeesTenantsJourneyIT {

	@RegisterExtension
	static final RunningPlatform platform = new RunningPlatform();

	@BeforeAll
	static void awaitThePlatformRealm() {
		// the control plane creates the realm just after it reports healthy
		HttpClient http = HttpClient.newHttpClient();
		URI realm = URI.create(platform.spec().keycloak().baseUrl() + "/realms/" + platform.spec().consoleRealm());
		await().atMost(Duration.ofMinutes(1))
			.until(() -> http.send(HttpRequest.newBuilder(realm).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode(), (status) -> status == 200);
	}

	@Test
	void aPlatformAdminSignsInAndSeesAShopThatJustSignedUp() {
		String slug = "console-" + UUID.randomUUID().toString().substring(0, 8);
		platform.client()
			.signUpAndWait("Console Goods", slug, "owner@" + slug + ".example", "correct-horse-battery",
					Duration.ofMinutes(2));
		ConsolePage console = ConsolePage.open(platform.browser().newPage(), platform.spec().consoleUrl());
		assertThat(console.showsLoginForm()).as("an anonymous visitor is sent to the login page").isTrue();
		// the platform realm is served on auth.<domain> through the gateway, like the
		// shops' (docs/adr/0106): the password is posted there too
		String authHost = Platform.keycloakPublicUrl(platform.spec());
		assertThat(console.url()).startsWith(authHost + "/realms/" + platform.spec().consoleRealm() + "/");
		assertThat(console.loginFormAction())
			.startsWith(authHost + "/realms/" + platform.spec().consoleRealm() + "/login-actions/authenticate");

		console.logIn(Platform.CONSOLE_ADMIN_EMAIL, Platform.CONSOLE_ADMIN_PASSWORD);

		assertThat(console.url()).isEqualTo(platform.spec().consoleUrl());
		assertThat(console.heading()).isEqualTo("Tenants");
		assertThat(console.slugs()).contains(slug);
		assertThat(console.tenant(slug)).isEqualTo(
				new ConsolePage.Tenant(slug, "Console Goods", "ACTIVE", "trial", platform.spec().storefrontUrl(slug)));
	}

	@Test
	void aShopOwnerCannotSignInToTheConsole() {
		String slug = "owner-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner@" + slug + ".example";
		platform.client().signUpAndWait("Owner Goods", slug, email, "correct-horse-battery", Duration.ofMinutes(2));
		Page page = platform.browser().newPage();
		ConsolePage console = ConsolePage.open(page, platform.spec().consoleUrl());

		console.logIn(email, "correct-horse-battery");

		assertThat(console.showsLoginForm()).as("still on the login page").isTrue();
		assertThat(console.text()).contains("Invalid username or password");
		assertThat(console.url()).doesNotStartWith(platform.spec().consoleUrl());
	}

}
