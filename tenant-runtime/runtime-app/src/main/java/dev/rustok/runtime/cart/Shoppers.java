package dev.rustok.runtime.cart;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Port: who the shopper behind a request is (docs/adr/0096). Answered by the module that
 * signs shoppers in ({@code customers}), so cart knows nothing of sessions or tokens;
 * cart asks only when it starts a cart, which then belongs to the customer.
 */
public interface Shoppers {

	/** Every shopper is anonymous: where no module signs shoppers in. */
	Shoppers ANONYMOUS = (tenant, request) -> Optional.empty();

	/**
	 * The customer the request is made for, by their id in the shop's realm.
	 * @return empty for an anonymous shopper, and for credentials that are not a
	 * customer's of {@code tenant} (another shop's session, a staff token)
	 */
	Optional<String> customerOf(Tenant tenant, HttpServletRequest request);

}
