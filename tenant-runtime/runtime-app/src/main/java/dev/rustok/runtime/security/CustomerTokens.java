package dev.rustok.runtime.security;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who is a customer (docs/adr/0075): a token with the realm role {@code customer} and no
 * staff role. So a customer token never reaches the admin API (it has no staff role), and
 * a staff member's token is not a customer's, even when the realm's default role gave
 * that staff member {@code customer} as well.
 */
public final class CustomerTokens {

	static final AuthorizationManager<RequestAuthorizationContext> ONLY = AuthorizationManagers.allOf(
			AuthorityAuthorizationManager.hasRole("customer"),
			AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole(SecurityConfiguration.STAFF_ROLES)));

	private CustomerTokens() {
	}

	/**
	 * Whether the request's authentication (a token of the shop's realm, checked by
	 * Spring Security) is a customer's, by the same rule as the customer API's: for paths
	 * open to anyone that treat a customer differently (a cart, docs/adr/0096).
	 */
	public static boolean isCustomer(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		AuthorizationResult result = ONLY.authorize(() -> authentication, null);
		return result != null && result.isGranted();
	}

}
