package dev.rustok.runtime.customers;

import java.util.Optional;

import dev.rustok.runtime.cart.Shoppers;
import dev.rustok.runtime.security.CustomerTokens;
import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Tells the cart who the shopper is (docs/adr/0096): the customer of a bearer token of
 * the shop's realm (an API client; Spring Security has checked it against this shop's
 * realm), else of the storefront's session cookie (sealed for this shop only,
 * docs/adr/0077). A staff token is nobody's: its cart is anonymous.
 */
@Component
class SignedInShoppers implements Shoppers {

	private final SessionCookies cookies;

	SignedInShoppers(SessionCookies cookies) {
		this.cookies = cookies;
	}

	@Override
	public Optional<String> customerOf(Tenant tenant, HttpServletRequest request) {
		if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
			String subject = token.getToken().getSubject();
			return (CustomerTokens.isCustomer(token) && CustomerSubject.isValid(subject)) ? Optional.of(subject)
					: Optional.empty();
		}
		return this.cookies.session(request, tenant).map(CustomerSession::subject);
	}

}
