package dev.rustok.runtime.cart;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts the cart of the shopper behind a request, for the pages, REST and GraphQL alike
 * (docs/adr/0096): a signed-in customer's cart is theirs from its first line, an
 * anonymous shopper's is anonymous, and the cart cookie then names it.
 */
@Component
public class ShopperCarts {

	private final Carts carts;

	private final Shoppers shoppers;

	ShopperCarts(Carts carts, ObjectProvider<Shoppers> shoppers) {
		this.carts = carts;
		this.shoppers = shoppers.getIfAvailable(() -> Shoppers.ANONYMOUS);
	}

	/**
	 * The shopper's cart ({@link Carts#start}), named by the answer's cart cookie.
	 * @param currency the currency a new cart is in, or the shop's first
	 */
	public StartedCart start(Tenant tenant, Optional<String> currency, HttpServletRequest request,
			HttpServletResponse response) {
		StartedCart started = this.carts.start(tenant, currency, customerOf(tenant, request));
		CartCookie.write(request, response, started.cart().id());
		return started;
	}

	/** The signed-in customer the request is made for, empty for an anonymous shopper. */
	Optional<String> customerOf(Tenant tenant, HttpServletRequest request) {
		return this.shoppers.customerOf(tenant, request);
	}

}
