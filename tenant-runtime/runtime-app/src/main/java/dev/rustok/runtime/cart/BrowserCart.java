package dev.rustok.runtime.cart;

import java.util.Optional;

import dev.rustok.runtime.shared.ResourceNotFound;

/**
 * The cart a GraphQL request works on (docs/adr/0080): the one its {@link CartCookie}
 * names, or the one a {@code createCart} of the same request made, whose cookie the
 * answer then sets; and the signed-in customer a new cart belongs to (docs/adr/0096).
 * Lives in the GraphQL context under {@link #KEY}.
 */
public final class BrowserCart {

	/** The key under which the GraphQL context holds it. */
	public static final String KEY = "browserCart";

	private final Optional<CartId> fromCookie;

	private final Optional<String> customer;

	// written by one mutation, read by the next and by the interceptor: mutations run one
	// after the other, but not necessarily on the request's thread
	private volatile CartId created;

	BrowserCart(Optional<CartId> fromCookie, Optional<String> customer) {
		this.fromCookie = fromCookie;
		this.customer = customer;
	}

	/** The signed-in customer of the request, empty for an anonymous shopper. */
	Optional<String> customer() {
		return this.customer;
	}

	/**
	 * The cart to work on.
	 * @throws ResourceNotFound when the browser has none
	 */
	public CartId id() {
		CartId made = this.created;
		if (made != null) {
			return made;
		}
		return this.fromCookie
			.orElseThrow(() -> new ResourceNotFound("No cart: create one with the createCart mutation first"));
	}

	void created(CartId id) {
		this.created = id;
	}

	/**
	 * The cart this request made (or, for a customer, took up again), whose cookie the
	 * answer sets.
	 */
	Optional<CartId> created() {
		return Optional.ofNullable(this.created);
	}

}
