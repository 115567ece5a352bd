package dev.rustok.runtime.customers;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The customer's account pages, rendered on the server and usable without JavaScript:
 * profile, addresses (add, remove, choose the default), the order history in keyset pages
 * and an order's detail. Signed in by the session cookie; every form carries the
 * session's token, so another site cannot post on the customer's behalf.
 */
@Controller
class AccountPages {

	private static final int HISTORY_PAGE = 10;

	private final SessionCookies cookies;

	private final CustomerAccounts accounts;

	private final AccountPageParts parts;

	AccountPages(SessionCookies cookies, CustomerAccounts accounts, AccountPageParts parts) {
		this.cookies = cookies;
		this.accounts = accounts;
		this.parts = parts;
	}

	@GetMapping("/account")
	String account(Tenant tenant, @RequestParam(required = false) String after, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<CustomerSession> session = this.cookies.session(request, tenant);
		if (session.isEmpty()) {
			return signInFirst(response, "/account");
		}
		return show(tenant, session.get(), after, Map.of(), null, model, response);
	}

	@GetMapping("/account/orders/{orderId}")
	String order(Tenant tenant, @PathVariable String orderId, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<CustomerSession> session = this.cookies.session(request, tenant);
		if (session.isEmpty()) {
			return signInFirst(response, CustomerSubject.isValid(orderId) ? "/account/orders/" + orderId : "/account");
		}
		try {
			model.addAttribute("order",
					OrderPage.of(this.accounts.order(tenant, session.get().identity().subject(), uuid(orderId))));
		}
		catch (ResourceNotFound ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return this.parts.message(tenant, model, response, "No such order",
					"You have no order with this address in this shop.");
		}
		this.parts.prepare(tenant, model, response);
		model.addAttribute("signedIn", session.get());
		return "storefront/account-order";
	}

	@PostMapping("/account/addresses")
	String addAddress(Tenant tenant, @RequestParam Map<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return change(tenant, form, request, response, model,
				(session) -> this.accounts.addAddress(tenant, session.identity(),
						new AddressInput(form.get("recipient"), form.get("line1"), form.get("line2"),
								form.get("postalCode"), form.get("city"), form.get("region"), form.get("country"),
								form.get("phone"))));
	}

	@PostMapping("/account/addresses/{addressId}/delete")
	String removeAddress(Tenant tenant, @PathVariable String addressId, @RequestParam Map<String, String> form,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return change(tenant, form, request, response, model,
				(session) -> this.accounts.removeAddress(tenant, session.identity(), new AddressId(uuid(addressId))));
	}

	@PostMapping("/account/profile")
	String changeProfile(Tenant tenant, @RequestParam Map<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return change(tenant, form, request, response, model, (session) -> {
			String chosen = form.getOrDefault("defaultAddressId", "");
			Optional<AddressId> defaultAddress = chosen.isEmpty() ? Optional.empty()
					: Optional.of(new AddressId(uuid(chosen)));
			this.accounts.changeProfile(tenant, session.identity(), form.get("name"), defaultAddress);
		});
	}

	private String change(Tenant tenant, Map<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model, java.util.function.Consumer<CustomerSession> change) {
		Optional<CustomerSession> session = this.cookies.session(request, tenant);
		if (session.isEmpty()) {
			return signInFirst(response, "/account");
		}
		if (!SessionCookies.sameToken(session.get(), form.get("_csrf"))) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return this.parts.message(tenant, model, response, "Please use your account page",
					"This change did not come from the shop's own page, so nothing was changed.");
		}
		try {
			change.accept(session.get());
		}
		catch (InvalidInput | ResourceConflict ex) {
			response
				.setStatus((ex instanceof InvalidInput) ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
			return show(tenant, session.get(), null, form, ex.errors(), model, response);
		}
		catch (ResourceNotFound ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return this.parts.message(tenant, model, response, "Not found", ex.getMessage());
		}
		return AccountPageParts.redirect(response, true, "/account");
	}

	private String show(Tenant tenant, CustomerSession session, String after, Map<String, String> form, Object problems,
			Model model, HttpServletResponse response) {
		this.parts.prepare(tenant, model, response);
		CustomerIdentity who = session.identity();
		CustomerOrderPage orders;
		try {
			orders = this.accounts.orders(tenant, who.subject(), after, HISTORY_PAGE);
		}
		catch (InvalidInput ex) {
			orders = this.accounts.orders(tenant, who.subject(), null, HISTORY_PAGE);
		}
		model.addAttribute("signedIn", session);
		model.addAttribute("customer", this.accounts.profile(tenant, who));
		model.addAttribute("addresses", this.accounts.addresses(tenant, who));
		model.addAttribute("orders", orders.items());
		model.addAttribute("moreUrl", (orders.next() != null) ? "/account?after=" + orders.next() : null);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "storefront/account";
	}

	private static String signInFirst(HttpServletResponse response, String returnTo) {
		return AccountPageParts.redirect(response, false,
				"/auth/signin?returnTo=" + UriUtils.encodeQueryParam(returnTo, StandardCharsets.UTF_8));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResourceNotFound("There is nothing at this address in your account");
		}
	}

}
