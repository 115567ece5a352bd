package dev.rustok.runtime.cart;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.CurrentTenant;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate before every reader of the cart cookie (docs/adr/0105): a cookie that names a
 * customer's cart opens it only for a request signed in as that customer. Any other
 * request (the customer's session expired, the next person at the browser, a client with
 * only the cookie) goes on as if it had no cart cookie, and its answer clears the cookie,
 * so the next add starts an anonymous cart. Runs after Spring Security, which has checked
 * a bearer token by then, and only on the paths that read the cart.
 */
@Component
class CartCookieOfTheShopper extends OncePerRequestFilter implements Ordered {

	/** Where the cart is read: its pages, its and checkout's API, and GraphQL. */
	static final List<String> CART_PATHS = List.of("/cart", "/checkout", "/api/store/cart", "/api/store/checkout",
			"/graphql");

	private final Carts carts;

	private final ShopperCarts shoppers;

	CartCookieOfTheShopper(Carts carts, ShopperCarts shoppers) {
		this.carts = carts;
		this.shoppers = shoppers;
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// the decoded, normalised path the handlers are chosen by: the raw URI would let
		// /api/store/%63art or //cart reach the cart without passing here
		String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
		return CART_PATHS.stream().noneMatch((cart) -> path.equals(cart) || path.startsWith(cart + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<CartId> named = CartCookie.read(request);
		Optional<Tenant> tenant = CurrentTenant.of(request);
		if (named.isEmpty() || tenant.isEmpty() || isTheShoppers(tenant.get(), named.get(), request)) {
			chain.doFilter(request, response);
			return;
		}
		CartCookie.clear(request, response);
		chain.doFilter(new WithoutCartCookie(request), response);
	}

	// an anonymous cart (or none at all) is the cookie holder's; a customer's only theirs
	private boolean isTheShoppers(Tenant tenant, CartId cart, HttpServletRequest request) {
		Optional<String> owner = this.carts.ownerOf(tenant, cart);
		return owner.isEmpty() || owner.equals(this.shoppers.customerOf(tenant, request));
	}

	/** The request as the readers behind see it: no cart cookie. */
	private static final class WithoutCartCookie extends HttpServletRequestWrapper {

		WithoutCartCookie(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Cookie[] getCookies() {
			Cookie[] cookies = super.getCookies();
			return (cookies != null) ? Arrays.stream(cookies)
				.filter((cookie) -> !CartCookie.NAME.equals(cookie.getName()))
				.toArray(Cookie[]::new) : null;
		}

	}

}
