package dev.rustok.runtime.customers;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.controlplane.api.RealmEndpoints;
import dev.rustok.controlplane.api.RealmRolesClaim;
import dev.rustok.controlplane.api.TenantNames;
import dev.rustok.runtime.security.IssuedByTheRealm;
import dev.rustok.runtime.security.KeycloakProperties;
import dev.rustok.runtime.shared.Tenant;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shop realm's side of a customer's sign-in (docs/adr/0077): the addresses the
 * browser is sent to (login, registration, logout, all Keycloak's own pages, so the shop
 * never sees a password), and the code exchange with the PKCE verifier, done by the
 * server over the back channel. The access token is checked like any token of the shop
 * (its realm's keys, issuer, the shop's API as audience) before its roles are trusted.
 */
@Component
class RealmSignIn {

	static final String CLIENT_ID = "storefront";

	static final String CALLBACK_PATH = "/auth/callback";

	private static final Set<String> STAFF_ROLES = Set.of("owner", "admin", "editor", "viewer");

	// where the browser goes (and the tokens' issuer), and where this node calls: the
	// same Keycloak, seen through the gateway's auth.<domain> or directly (ADR 0091)
	private final RealmEndpoints endpoints;

	private final RealmEndpoints backChannel;

	private final KeycloakProperties keycloak;

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	RealmSignIn(KeycloakProperties keycloak) {
		this.endpoints = keycloak.browserEndpoints();
		this.backChannel = keycloak.backChannelEndpoints();
		this.keycloak = keycloak;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.http = RestClient.builder().requestFactory(requests).build();
		// a Keycloak that does not answer fails sign-ins at once instead of holding
		// every shopper's request for the timeout
		this.breaker = CircuitBreaker.of("keycloak-sign-in",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(10))
					.recordExceptions(ResourceAccessException.class)
					.build());
	}

	/** Keycloak's login page (or its registration page) for this sign-in. */
	URI authorization(Tenant tenant, String origin, PendingSignIn pending, boolean signUp) {
		String endpoint = this.endpoints.openIdConnect(tenant.realm()) + (signUp ? "/registrations" : "/auth");
		return UriComponentsBuilder.fromUriString(endpoint)
			.queryParam("client_id", CLIENT_ID)
			.queryParam("response_type", "code")
			.queryParam("scope", "openid profile email")
			.queryParam("redirect_uri", origin + CALLBACK_PATH)
			.queryParam("state", pending.state())
			.queryParam("code_challenge", challenge(pending.verifier()))
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();
	}

	/** Keycloak's logout, which ends the realm session too and returns to the shop. */
	URI signOut(Tenant tenant, String origin, String idToken) {
		UriComponentsBuilder logout = UriComponentsBuilder
			.fromUriString(this.endpoints.openIdConnect(tenant.realm()) + "/logout")
			.queryParam("client_id", CLIENT_ID)
			.queryParam("post_logout_redirect_uri", origin + "/");
		if (idToken != null && !idToken.isEmpty()) {
			logout.queryParam("id_token_hint", idToken);
		}
		return logout.encode().build().toUri();
	}

	/** The origin of Keycloak's pages, which the account page's forms may lead to. */
	String keycloakOrigin() {
		URI url = URI.create(this.endpoints.keycloakUrl());
		return url.getScheme() + "://" + url.getRawAuthority();
	}

	SignInOutcome exchange(Tenant tenant, String origin, String code, String verifier) {
		JsonNode tokens;
		try {
			tokens = this.breaker.executeSupplier(() -> requestTokens(tenant, origin, code, verifier));
		}
		catch (RestClientResponseException refused) {
			return new SignInOutcome.Failed("The shop's sign-in refused the code: it was used already or has"
					+ " expired. Please sign in again.");
		}
		catch (ResourceAccessException | CallNotPermittedException unavailable) {
			return new SignInOutcome.Failed(
					"The shop's sign-in service does not answer right now. Please try again in a moment.");
		}
		Jwt access;
		try {
			access = decoder(tenant).decode(tokens.path("access_token").asString(""));
		}
		catch (JwtException ex) {
			return new SignInOutcome.Failed("The shop's sign-in answered with a token this shop does not accept.");
		}
		List<String> roles = RealmRolesClaim.roles(access.getClaims());
		if (!roles.contains("customer") || roles.stream().anyMatch(STAFF_ROLES::contains)
				|| !CustomerSubject.isValid(access.getSubject())) {
			return new SignInOutcome.NotACustomer();
		}
		return new SignInOutcome.SignedIn(new CustomerIdentity(new CustomerSubject(access.getSubject()),
				access.getClaimAsString("email"), access.getClaimAsString("name")),
				tokens.path("id_token").asString(""));
	}

	private JsonNode requestTokens(Tenant tenant, String origin, String code, String verifier) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "authorization_code");
		form.add("client_id", CLIENT_ID);
		form.add("code", code);
		form.add("redirect_uri", origin + CALLBACK_PATH);
		form.add("code_verifier", verifier);
		return this.http.post()
			.uri(this.backChannel.openIdConnect(tenant.realm()) + "/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(form)
			.retrieve()
			.body(JsonNode.class);
	}

	private JwtDecoder decoder(Tenant tenant) {
		return this.decoders.computeIfAbsent(tenant.realm(), (realm) -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.backChannel.jwkSetUri(realm)).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new IssuedByTheRealm(this.keycloak, realm),
					new JwtAudienceValidator(TenantNames.audience(tenant.id().value()))));
			return decoder;
		});
	}

	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
