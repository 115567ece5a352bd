package dev.rustok.runtime.customers;

import java.nio.charset.StandardCharsets;

import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SealedCookiesTests {

	private static final String KEY = "a-session-key-shared-by-every-node-0123456789";

	private static final byte[] SESSION = "{\"subject\":\"ada\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void aCookieSealedOnOneNodeOpensOnAnotherWithTheSameKey() {
		String cookie = new SealedCookies(KEY).seal("rustok_customer", new TenantId("acme"), SESSION);

		assertThat(new SealedCookies(KEY).open("rustok_customer", new TenantId("acme"), cookie)).hasValue(SESSION);
	}

	@Test
	void opensForNoOtherShopPurposeOrKeyAndNotOnceChanged() {
		SealedCookies node = new SealedCookies(KEY);
		String cookie = node.seal("rustok_customer", new TenantId("acme"), SESSION);
		char[] changed = cookie.toCharArray();
		changed[20] = (changed[20] == 'A') ? 'B' : 'A';

		assertThat(node.open("rustok_customer", new TenantId("globex"), cookie)).isEmpty();
		assertThat(node.open("rustok_signin", new TenantId("acme"), cookie)).isEmpty();
		assertThat(new SealedCookies(KEY + "-other").open("rustok_customer", new TenantId("acme"), cookie)).isEmpty();
		assertThat(node.open("rustok_customer", new TenantId("acme"), new String(changed))).isEmpty();
		assertThat(node.open("rustok_customer", new TenantId("acme"), "not base64 !")).isEmpty();
		assertThat(node.open("rustok_customer", new TenantId("acme"), "")).isEmpty();
	}

	@Test
	void nobodyReadsTheSessionInTheCookie() {
		String cookie = new SealedCookies(KEY).seal("rustok_customer", new TenantId("acme"), SESSION);

		assertThat(cookie).doesNotContain("ada");
		assertThat(new SealedCookies(KEY).seal("rustok_customer", new TenantId("acme"), SESSION))
			.as("a fresh nonce each time")
			.isNotEqualTo(cookie);
	}

	@Test
	void sendsShoppersBackOnlyToPathsOfTheShop() {
		assertThat(StorefrontSignIn.localPath("/account/orders/1")).isEqualTo("/account/orders/1");
		assertThat(StorefrontSignIn.localPath("//evil.example/x")).isEqualTo("/account");
		assertThat(StorefrontSignIn.localPath("https://evil.example")).isEqualTo("/account");
		assertThat(StorefrontSignIn.localPath("/\\evil.example")).isEqualTo("/account");
		assertThat(StorefrontSignIn.localPath(null)).isEqualTo("/account");
	}

}
