package dev.rustok.runtime.customers;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up, sign-in and sign-out of the storefront (docs/adr/0077): authorization code
 * with PKCE, run by the server. The browser is sent to Keycloak's own pages of the shop's
 * realm and comes back to {@code /auth/callback} with a code that only this server, which
 * holds the verifier in a sealed cookie, can exchange.
 */
@Controller
class StorefrontSignIn {

	private final SessionCookies cookies;

	private final RealmSignIn realm;

	private final CustomerAccounts accounts;

	private final AccountPageParts parts;

	private final CartAtSignIn carts;

	StorefrontSignIn(SessionCookies cookies, RealmSignIn realm, CustomerAccounts accounts, AccountPageParts parts,
			CartAtSignIn carts) {
		this.cookies = cookies;
		this.realm = realm;
		this.accounts = accounts;
		this.parts = parts;
		this.carts = carts;
	}

	@GetMapping("/auth/signin")
	String signIn(Tenant tenant, @RequestParam(required = false) String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		return leaveFor(tenant, returnTo, false, request, response);
	}

	@GetMapping("/auth/signup")
	String signUp(Tenant tenant, @RequestParam(required = false) String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		return leaveFor(tenant, returnTo, true, request, response);
	}

	@GetMapping(CALLBACK)
	String callback(Tenant tenant, @RequestParam(required = false) String code,
			@RequestParam(required = false) String state, @RequestParam(required = false) String error,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<PendingSignIn> pending = this.cookies.finishSignIn(request, response, tenant);
		if (pending.isEmpty() || state == null || !pending.get().state().equals(state)) {
			return message(tenant, model, response, HttpStatus.BAD_REQUEST, "This sign-in has expired",
					"It took too long, or it was started in another browser. Please sign in again.");
		}
		if (error != null || code == null) {
			return message(tenant, model, response, HttpStatus.BAD_REQUEST, "You are not signed in",
					"The sign-in was cancelled or refused. You can try again.");
		}
		String origin = PublicOrigin.of(request);
		return switch (this.realm.exchange(tenant, origin, code, pending.get().verifier())) {
			case SignInOutcome.SignedIn signedIn -> {
				this.accounts.profile(tenant, signedIn.customer());
				this.cookies.startSession(request, response, tenant, signedIn.customer(), signedIn.idToken());
				this.carts.signedIn(tenant, signedIn.customer().subject(), request, response);
				yield AccountPageParts.redirect(response, false, pending.get().returnTo());
			}
			case SignInOutcome.NotACustomer notACustomer -> message(tenant, model, response, HttpStatus.FORBIDDEN,
					"This is not a customer account",
					"Staff accounts sign in to the shop admin, not to the shop. Sign up for a customer account to buy here.");
			case SignInOutcome.Failed failed ->
				message(tenant, model, response, HttpStatus.BAD_GATEWAY, "You are not signed in", failed.reason());
		};
	}

	@PostMapping("/auth/signout")
	String signOut(Tenant tenant, @RequestParam(name = "_csrf", required = false) String csrf,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<CustomerSession> session = this.cookies.session(request, tenant);
		if (session.isEmpty()) {
			return AccountPageParts.redirect(response, true, "/");
		}
		if (!SessionCookies.sameToken(session.get(), csrf)) {
			return message(tenant, model, response, HttpStatus.FORBIDDEN, "Please sign out from your account page",
					"This request did not come from the shop's own page.");
		}
		this.cookies.endSession(request, response);
		this.carts.signedOut(request, response);
		return AccountPageParts.redirect(response, true,
				this.realm.signOut(tenant, PublicOrigin.of(request), session.get().idToken()).toString());
	}

	static final String CALLBACK = RealmSignIn.CALLBACK_PATH;

	private String leaveFor(Tenant tenant, String returnTo, boolean signUp, HttpServletRequest request,
			HttpServletResponse response) {
		PendingSignIn pending = this.cookies.startSignIn(request, response, tenant, localPath(returnTo));
		return AccountPageParts.redirect(response, false,
				this.realm.authorization(tenant, PublicOrigin.of(request), pending, signUp).toString());
	}

	private String message(Tenant tenant, Model model, HttpServletResponse response, HttpStatus status, String title,
			String text) {
		response.setStatus(status.value());
		return this.parts.message(tenant, model, response, title, text);
	}

	// only a path of this shop: never an open redirect to another site
	static String localPath(String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.chars().anyMatch((c) -> c < 0x21 || c == 0x7f)) {
			return "/account";
		}
		return returnTo;
	}

}
