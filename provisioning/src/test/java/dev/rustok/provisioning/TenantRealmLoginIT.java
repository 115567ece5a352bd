package dev.rustok.provisioning;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.KeycloakTokens.TokenAnswer;
import dev.rustok.provisioning.LoginBrowser.Answer;
import dev.rustok.provisioning.TenantRealms.StaffMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's login as an attacker and as the owner meet it, on the real Keycloak: the realm
 * provisioning imports for a shop at {@code http://<slug>.localhost:8080}.
 */
class TenantRealmLoginIT {

	private static final String PASSWORD = "correct-horse-battery-9";

	private static final String EVIL = "https://evil.example";

	private static KeycloakServer keycloak;

	private static TenantRealms realms;

	private static KeycloakTokens tokens;

	private static TenantOrder shop;

	private static String origin;

	@BeforeAll
	static void provisionAShopRealm() {
		keycloak = KeycloakServer.shared();
		realms = new KeycloakTenantRealms(keycloak.baseUrl(), keycloak.adminUsername(), keycloak.adminPassword());
		tokens = new KeycloakTokens(keycloak);
		String slug = "login-" + UUID.randomUUID().toString().substring(0, 8);
		shop = new TenantOrder(slug, "Login & Co", "owner@" + slug + ".example",
				OwnerPassword.hash(PASSWORD.toCharArray()), "trial");
		realms
			.importRealm(TenantRealm.of(shop, List.of(shop.host("localhost")), new PublicAddress("http", 8080), true));
		origin = "http://" + slug + ".localhost:8080";
	}

	@AfterAll
	static void deleteTheRealm() {
		realms.delete(shop.realm());
	}

	@ParameterizedTest
	@ValueSource(strings = { "storefront", "admin" })
	void neverSendsTheAuthorizationCodeToAnAddressOutsideTheShop(String clientId) {
		Answer answer = new LoginBrowser().get(authorization(clientId, EVIL + "/steal",
				Map.of("code_challenge", Pkce.fresh().challenge(), "code_challenge_method", "S256")));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.location()).isEmpty();
		assertThat(answer.showsLoginForm()).isFalse();
		assertThat(answer.body()).contains("Invalid parameter: redirect_uri").doesNotContain(EVIL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "storefront", "admin" })
	void refusesALoginWithoutAPkceChallenge(String clientId) {
		String callback = origin + (clientId.equals("admin") ? "/admin/auth/callback" : "/auth/callback");

		Answer answer = new LoginBrowser().get(authorization(clientId, callback, Map.of()));

		assertThat(answer.showsLoginForm()).isFalse();
		assertThat(answer.location()).hasValueSatisfying((location) -> assertThat(location).startsWith(callback + "?")
			.contains("error=invalid_request")
			.doesNotContain("code="));
	}

	@ParameterizedTest
	@ValueSource(strings = { "storefront", "admin" })
	void thePasswordGrantOnTheShopsOwnClientsIsRefused(String clientId) {
		TokenAnswer answer = tokens.passwordGrantAnswer(shop.realm(), clientId, shop.ownerEmail(), PASSWORD);

		assertThat(answer.status()).isIn(400, 401);
		assertThat(answer.error()).isEqualTo("unauthorized_client");
		assertThat(answer.body().has("access_token")).isFalse();
	}

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneGetsNoTokenForAWhile() {
		String email = "guessed-" + UUID.randomUUID().toString().substring(0, 8) + "@" + shop.slug() + ".example";
		realms.createStaffMember(shop.realm(), new StaffMember(email, PASSWORD, List.of("editor")));
		assertThat(KeycloakTokens.realmRoles(tokens.devCliToken(shop.realm(), email, PASSWORD))).contains("editor");

		for (int attempt = 1; attempt <= TenantRealm.FAILURES_BEFORE_LOCKOUT; attempt++) {
			assertThat(tokens
				.passwordGrantAnswer(shop.realm(), KeycloakTokens.DEV_CLI_CLIENT, email, "wrong-password-" + attempt)
				.status()).isNotEqualTo(200);
		}
		TokenAnswer rightPassword = tokens.passwordGrantAnswer(shop.realm(), KeycloakTokens.DEV_CLI_CLIENT, email,
				PASSWORD);

		assertThat(rightPassword.status()).isNotEqualTo(200);
		assertThat(rightPassword.error()).isEqualTo("invalid_grant");
		assertThat(rightPassword.body().has("access_token")).isFalse();
	}

	// Keycloak answers every CORS preflight of the token endpoint with the asking origin
	// (the client is only known from the body); what counts is the answer to the request
	// itself, which a browser lets the page read only with Access-Control-Allow-Origin
	@Test
	void theTokenEndpointRefusesAnotherSiteAndGivesItNoCorsPermission() {
		Answer fromEvil = tokenRequestFrom(EVIL);
		Answer fromTheShop = tokenRequestFrom(origin);

		assertThat(fromEvil.status()).as(fromEvil.body()).isEqualTo(403);
		assertThat(fromEvil.body()).doesNotContain("access_token");
		assertThat(corsOrigin(fromEvil)).isNull();
		assertThat(fromTheShop.status()).as(fromTheShop.body()).isEqualTo(400);
		assertThat(corsOrigin(fromTheShop)).isEqualTo(origin);
	}

	@Test
	void theOwnerSignsInThroughTheLoginFormWithPkceAndTheCodeComesBackToTheShop() {
		LoginBrowser browser = new LoginBrowser();
		Pkce pkce = Pkce.fresh();
		String callback = origin + "/admin/auth/callback";
		String state = UUID.randomUUID().toString();
		Answer loginPage = browser.get(authorization("admin", callback,
				Map.of("code_challenge", pkce.challenge(), "code_challenge_method", "S256", "state", state)));
		assertThat(loginPage.showsLoginForm()).as(loginPage.body()).isTrue();

		Answer signedIn = browser.logIn(loginPage, shop.ownerEmail(), PASSWORD);

		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
		URI back = URI.create(signedIn.location().orElseThrow());
		assertThat(back.toString()).startsWith(callback + "?");
		Map<String, String> query = query(back);
		assertThat(query).containsEntry("state", state).containsKey("code");
		TokenAnswer exchanged = tokens.tokenRequest(shop.realm(),
				Map.of("grant_type", "authorization_code", "client_id", "admin", "redirect_uri", callback, "code",
						query.get("code"), "code_verifier", pkce.verifier()));
		assertThat(exchanged.status()).as(exchanged.body().toString()).isEqualTo(200);
		String token = exchanged.body().path("access_token").asString();
		assertThat(KeycloakTokens.realmRoles(token)).contains("owner");
		assertThat(KeycloakTokens.claims(token).path("azp").asString()).isEqualTo("admin");
	}

	@Test
	void aCodeStolenOnTheWayBackIsWorthNothingWithoutTheBrowsersVerifier() {
		LoginBrowser browser = new LoginBrowser();
		String callback = origin + "/auth/callback";
		Answer loginPage = browser.get(authorization("storefront", callback,
				Map.of("code_challenge", Pkce.fresh().challenge(), "code_challenge_method", "S256")));
		Answer signedIn = browser.logIn(loginPage, shop.ownerEmail(), PASSWORD);
		String code = query(URI.create(signedIn.location().orElseThrow())).get("code");

		TokenAnswer withAnotherVerifier = tokens.tokenRequest(shop.realm(),
				Map.of("grant_type", "authorization_code", "client_id", "storefront", "redirect_uri", callback, "code",
						code, "code_verifier", Pkce.fresh().verifier()));

		assertThat(withAnotherVerifier.status()).isEqualTo(400);
		assertThat(withAnotherVerifier.error()).isEqualTo("invalid_grant");
		assertThat(withAnotherVerifier.body().has("access_token")).isFalse();
	}

	private static URI authorization(String clientId, String redirectUri, Map<String, String> extra) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", clientId);
		parameters.put("response_type", "code");
		parameters.put("scope", "openid");
		parameters.put("redirect_uri", redirectUri);
		parameters.putAll(extra);
		return URI.create(keycloak.baseUrl() + "/realms/" + shop.realm() + "/protocol/openid-connect/auth?"
				+ KeycloakTokens.formBody(parameters));
	}

	// a code exchange as a page on that site would send it: the code is made up, so both
	// are refused alike; only the CORS answer differs
	private static Answer tokenRequestFrom(String siteOrigin) {
		return new LoginBrowser()
			.send(HttpRequest.newBuilder(tokens.tokenEndpoint(shop.realm()))
				.header("Origin", siteOrigin)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(KeycloakTokens.formBody(Map.of("grant_type",
						"authorization_code", "client_id", "storefront", "redirect_uri", siteOrigin + "/auth/callback",
						"code", "made-up", "code_verifier", Pkce.fresh().verifier()))))
				.build());
	}

	private static String corsOrigin(Answer answer) {
		return answer.headers().get("access-control-allow-origin");
	}

	private static Map<String, String> query(URI uri) {
		return Arrays.stream(uri.getRawQuery().split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
