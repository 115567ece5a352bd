package dev.rustok.runtime.customers;

import java.util.Optional;

import dev.rustok.runtime.cart.CartCookie;
import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.cart.Carts;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The shopper's cart follows them into their account: at sign-in the cart they filled
 * anonymously is merged into the customer's (or, without one, the cart they left signed
 * in last time comes back), so what they check out lands in their order history; at
 * sign-out the browser forgets it, so the next person at this browser does not buy in
 * their name.
 */
@Component
class CartAtSignIn {

	private final Carts carts;

	CartAtSignIn(Carts carts) {
		this.carts = carts;
	}

	void signedIn(Tenant tenant, CustomerSubject customer, HttpServletRequest request, HttpServletResponse response) {
		Optional<CartId> anonymous = CartCookie.read(request);
		Optional<CartId> theirs = Optional.empty();
		if (anonymous.isPresent()) {
			try {
				theirs = Optional.of(this.carts.merge(tenant, anonymous.get(), customer.value()).cart().id());
			}
			catch (ResourceNotFound expiredBoughtOrAnotherCustomers) {
				// nothing to carry over: fall back to the customer's own cart
			}
		}
		if (theirs.isEmpty()) {
			theirs = this.carts.openCartOf(tenant, customer.value());
		}
		if (theirs.isPresent()) {
			CartCookie.write(request, response, theirs.get());
		}
		else if (anonymous.isPresent()) {
			// gone, bought, or another customer's: not a cart to go on with
			CartCookie.clear(request, response);
		}
	}

	void signedOut(HttpServletRequest request, HttpServletResponse response) {
		CartCookie.clear(request, response);
	}

}
