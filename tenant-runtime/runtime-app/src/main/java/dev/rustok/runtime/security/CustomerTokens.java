package dev.rustok.runtime.security;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who is a customer (docs/adr/0075): a token with the realm role {@code customer} and no
 * staff role. So a customer token never reaches the admin API (it has no staff role), and
 * a staff member's token is not a customer's, even when the realm's default role gave
 * that staff member {@code customer} as well.
 */
final class CustomerTokens {

	static final AuthorizationManager<RequestAuthorizationContext> ONLY = AuthorizationManagers.allOf(
			AuthorityAuthorizationManager.hasRole("customer"),
			AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole(SecurityConfiguration.STAFF_ROLES)));

	private CustomerTokens() {
	}

}
