package dev.rustok.runtime.customers;

import dev.rustok.runtime.settings.StoreSettings;
import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every account page shares: the shop's name for the header, and the page policy.
 * Forms post to the shop itself only; sign-out is a form whose answer leads on to the
 * realm's logout, so Keycloak's origin is allowed as a form target too.
 */
@Component
class AccountPageParts {

	private final StoreSettings settings;

	private final String policy;

	AccountPageParts(StoreSettings settings, RealmSignIn realm) {
		this.settings = settings;
		this.policy = "default-src 'none'; style-src 'self'; img-src 'self' data: https:; form-action 'self' "
				+ realm.keycloakOrigin() + "; frame-ancestors 'none'; base-uri 'none'";
	}

	void prepare(Tenant tenant, Model model, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", this.policy);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("shopName", this.settings.shopName(tenant).orElse(tenant.id().value()));
	}

	/**
	 * Sends the browser on: a relative address stays on the shop's public host (the
	 * container's own redirect would name the node's address). {@code 303} after a form
	 * post, so reloading does not post again.
	 */
	static String redirect(HttpServletResponse response, boolean afterPost, String location) {
		response.setStatus(afterPost ? HttpStatus.SEE_OTHER.value() : HttpStatus.FOUND.value());
		response.setHeader(HttpHeaders.LOCATION, location);
		return null;
	}

	String message(Tenant tenant, Model model, HttpServletResponse response, String title, String text) {
		prepare(tenant, model, response);
		model.addAttribute("title", title);
		model.addAttribute("text", text);
		return "storefront/account-message";
	}

}
