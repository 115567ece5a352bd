package dev.rustok.runtime.cart;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The anonymous shopper's cart cookie (docs/adr/0071): the cart's random id, HttpOnly (no
 * script reads it), SameSite=Lax (another site's form cannot post with it, which is why
 * the cart needs no CSRF token), Secure behind https, for the whole shop. A cookie that
 * names a customer's cart reaches the readers only with that customer signed in
 * ({@code CartCookieOfTheShopper}, docs/adr/0105).
 */
public final class CartCookie {

	public static final String NAME = "rustok_cart";

	private CartCookie() {
	}

	/** The cart id the request's cookie names, if it is an id at all. */
	public static Optional<CartId> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				return CartId.parse(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, CartId id) {
		response.addHeader(HttpHeaders.SET_COOKIE, header(id, secure(request)));
	}

	/**
	 * The {@code Set-Cookie} value that keeps the cart in the browser, for callers that
	 * answer without the servlet response at hand (GraphQL, docs/adr/0080).
	 * @param secure whether the shopper reached the shop over https
	 */
	public static String header(CartId id, boolean secure) {
		return ResponseCookie.from(NAME, id.toString())
			.httpOnly(true)
			.sameSite("Lax")
			.secure(secure)
			.path("/")
			.maxAge(Carts.TTL)
			.build()
			.toString();
	}

	/** Forgets the cart in this browser (a customer signing out leaves theirs behind). */
	public static void clear(HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(NAME, "")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(secure(request))
			.path("/")
			.maxAge(0)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	// the gateway terminates TLS and says so in X-Forwarded-Proto
	private static boolean secure(HttpServletRequest request) {
		return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
	}

}
