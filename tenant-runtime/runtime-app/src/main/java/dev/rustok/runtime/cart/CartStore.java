package dev.rustok.runtime.cart;

import java.time.Instant;
import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

/** Where carts are kept. */
interface CartStore {

	void insert(Tenant tenant, Cart cart, Instant now);

	/**
	 * Inserts a customer's cart unless they have an open one (their expired one is
	 * deleted first, as the sweep would).
	 * @return whether it was inserted; {@code false} when another transaction made the
	 * customer's open cart meanwhile
	 */
	boolean insertOfCustomer(Tenant tenant, Cart cart, Instant now);

	/** The open cart, locked for the rest of the transaction, if it has not expired. */
	Optional<Cart> openForUpdate(Tenant tenant, CartId id, Instant now);

	Optional<Cart> open(Tenant tenant, CartId id, Instant now);

	Optional<Cart> openOfCustomer(Tenant tenant, String customerId, Instant now);

	/** The customer a cart of any state belongs to; empty for an anonymous or no cart. */
	Optional<String> ownerOf(Tenant tenant, CartId id);

	/** Sets the line's quantity (0 removes it), bumps the revision and the expiry. */
	void setLine(Tenant tenant, CartId id, VariantId variant, int quantity, Instant now, Instant expiresAt);

	void close(Tenant tenant, CartId id, String state, Instant now);

	/** Deletes open carts whose time ran out; returns how many. */
	int deleteExpired(Tenant tenant, Instant now, int limit);

}
