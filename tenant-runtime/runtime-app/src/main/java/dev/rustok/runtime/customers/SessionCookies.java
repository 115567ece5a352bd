package dev.rustok.runtime.customers;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The customer's signed-in state and a sign-in in progress, as sealed cookies
 * (docs/adr/0077): nothing is kept on a node, so any node behind the gateway serves the
 * next request. HttpOnly, SameSite=Lax (sent on the top-level return from Keycloak, not
 * on another site's form post), Secure when the shop is reached over https.
 */
@Component
class SessionCookies {

	static final String SESSION = "rustok_customer";

	static final String SIGN_IN = "rustok_signin";

	/** Long enough to sign up on Keycloak's page, short enough to be useless later. */
	static final Duration SIGN_IN_LIFETIME = Duration.ofMinutes(15);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SealedCookies sealed;

	private final Duration lifetime;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SessionCookies(CustomersProperties properties, ObjectProvider<Clock> clock) {
		this.sealed = new SealedCookies(properties.sessionKey());
		this.lifetime = properties.sessionLifetime();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Optional<CustomerSession> session(HttpServletRequest request, Tenant tenant) {
		return read(request, SESSION, tenant, CustomerSession.class).filter((session) -> session.expiresAt() > now())
			.filter((session) -> CustomerSubject.isValid(session.subject()));
	}

	CustomerSession startSession(HttpServletRequest request, HttpServletResponse response, Tenant tenant,
			CustomerIdentity who, String idToken) {
		CustomerSession session = new CustomerSession(who.subject().value(), who.email(), who.name(), randomText(),
				idToken, now() + this.lifetime.toSeconds());
		write(request, response, SESSION, "/", tenant, session, this.lifetime);
		return session;
	}

	void endSession(HttpServletRequest request, HttpServletResponse response) {
		clear(request, response, SESSION, "/");
	}

	PendingSignIn startSignIn(HttpServletRequest request, HttpServletResponse response, Tenant tenant,
			String returnTo) {
		PendingSignIn pending = new PendingSignIn(randomText(), randomText() + randomText(), returnTo,
				now() + SIGN_IN_LIFETIME.toSeconds());
		write(request, response, SIGN_IN, "/auth", tenant, pending, SIGN_IN_LIFETIME);
		return pending;
	}

	/** The sign-in this browser started, once: the cookie is cleared as it is read. */
	Optional<PendingSignIn> finishSignIn(HttpServletRequest request, HttpServletResponse response, Tenant tenant) {
		Optional<PendingSignIn> pending = read(request, SIGN_IN, tenant, PendingSignIn.class)
			.filter((started) -> started.expiresAt() > now());
		clear(request, response, SIGN_IN, "/auth");
		return pending;
	}

	/** Whether {@code given} is the session's form token, compared in constant time. */
	static boolean sameToken(CustomerSession session, String given) {
		return given != null && MessageDigest.isEqual(session.csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8),
				given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private <T> Optional<T> read(HttpServletRequest request, String name, Tenant tenant, Class<T> type) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> cookie.getName().equals(name))
			.findFirst()
			.flatMap((cookie) -> this.sealed.open(name, tenant.id(), cookie.getValue()))
			.flatMap((plain) -> parsed(plain, type));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, String name, String path,
			Tenant tenant, Object value, Duration maxAge) {
		String cookie = this.sealed.seal(name, tenant.id(), JSON.writeValueAsBytes(value));
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, name, cookie, path, maxAge).toString());
	}

	private static void clear(HttpServletRequest request, HttpServletResponse response, String name, String path) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, name, "", path, Duration.ZERO).toString());
	}

	private static ResponseCookie cookie(HttpServletRequest request, String name, String value, String path,
			Duration maxAge) {
		return ResponseCookie.from(name, value)
			.httpOnly(true)
			.secure(PublicOrigin.isHttps(request))
			.sameSite("Lax")
			.path(path)
			.maxAge(maxAge)
			.build();
	}

	private static <T> Optional<T> parsed(byte[] plain, Class<T> type) {
		try {
			return Optional.of(JSON.readValue(plain, type));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private String randomText() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private long now() {
		return this.clock.instant().getEpochSecond();
	}

}
