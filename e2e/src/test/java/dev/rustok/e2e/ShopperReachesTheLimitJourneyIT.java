package dev.rustok.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.rustok.devservices.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop moved to a plan with a small limit, and a shopper whose browser goes past it:
 * Chromium shows the gateway's readable 429 page, with {@code Retry-After}, and not a
 * JSON body or a browser error. Real gateway, control plane, runtimes, Keycloak and
 * Chromium; the basic plan's limit is
 * {@link RunningPlatform#BASIC_PLAN_REQUESTS_PER_MINUTE} per minute in this run.
 */
class ShopperReachesTheLimitJourneyIT {

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
	void aShopperPastTheShopsLimitSeesAReadablePageSayingWhenToComeBack() {
		String slug = "busy-" + UUID.randomUUID().toString().substring(0, 8);
		platform.client()
			.signUpAndWait("Busy Goods", slug, "owner@" + slug + ".example", "correct-horse-battery",
					Duration.ofMinutes(2));
		ConsolePage console = ConsolePage.open(platform.browser().newPage(), platform.spec().consoleUrl())
			.logIn(Platform.CONSOLE_ADMIN_EMAIL, Platform.CONSOLE_ADMIN_PASSWORD)
			.changePlan(slug, "basic");
		assertThat(console.tenant(slug).plan()).isEqualTo("basic");

		Page shopper = platform.browser().newPage();
		AtomicReference<Response> last = new AtomicReference<>();
		// the gateways apply the new plan within seconds; the shopper keeps reloading
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last.set(shopper.navigate(platform.spec().storefrontUrl(slug)));
			return last.get().status() == 429;
		});

		Response tooMany = last.get();
		assertThat(tooMany.headerValue("content-type")).startsWith("text/html");
		assertThat(Long.parseLong(tooMany.headerValue("retry-after"))).isPositive();
		assertThat(tooMany.headerValue("ratelimit-limit"))
			.isEqualTo(String.valueOf(RunningPlatform.BASIC_PLAN_REQUESTS_PER_MINUTE));
		assertThat(shopper.locator("h1").innerText()).isEqualTo("Too many requests, please wait a moment");
		assertThat(shopper.locator("body").innerText()).contains("try again in",
				tooMany.headerValue("retry-after") + " seconds");
	}

}
