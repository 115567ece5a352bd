package dev.rustok.runtime.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checkout steps as pages (no JavaScript): contact and address → shipping → payment
 * (and discount code) → review → confirmation with the order number. The review page's
 * form carries an idempotency key made when it was shown, so submitting it twice places
 * one order (docs/adr/0072). Without a cart or checkout a step sends the shopper back to
 * the cart or the first step.
 */
@Controller
class CheckoutPages {

	private final Checkout checkout;

	private final CheckoutPayment payment;

	private final ShopperPages pages;

	CheckoutPages(Checkout checkout, CheckoutPayment payment, ShopperPages pages) {
		this.checkout = checkout;
		this.payment = payment;
		this.pages = pages;
	}

	@GetMapping("/checkout")
	String contact(Tenant tenant, Model model, HttpServletRequest request, HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		if (ShopperPages.cart(request).isEmpty()) {
			return ShopperPages.seeOther("/cart");
		}
		model.addAttribute("form", summary(tenant, request).map(ContactForm::of).orElse(ContactForm.EMPTY));
		return "storefront/checkout-contact";
	}

	@PostMapping("/checkout")
	String start(Tenant tenant, ContactForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		Optional<CheckoutSummary> started = ShopperPages.attempt(() -> {
			List<FieldProblem> problems = new ArrayList<>();
			Contact contact = FieldChecks.collect(() -> Contact.checked(form.email()), problems);
			Address address = FieldChecks.collect(form::address, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return this.checkout.start(tenant, cart(request), contact, address);
		}, model, response);
		if (started.isPresent()) {
			return ShopperPages.seeOther("/checkout/shipping");
		}
		model.addAttribute("form", form);
		return "storefront/checkout-contact";
	}

	@GetMapping("/checkout/shipping")
	String shipping(Tenant tenant, Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(tenant, "storefront/checkout-shipping", model, request, response);
	}

	@PostMapping("/checkout/shipping")
	String chooseShipping(Tenant tenant, @RequestParam(defaultValue = "") String method, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		if (ShopperPages.attempt(() -> this.checkout.chooseShipping(tenant, cart(request), method), model, response)
			.isPresent()) {
			return ShopperPages.seeOther("/checkout/payment");
		}
		return again(tenant, "storefront/checkout-shipping", model, request);
	}

	@GetMapping("/checkout/payment")
	String payment(Tenant tenant, Model model, HttpServletRequest request, HttpServletResponse response) {
		return step(tenant, "storefront/checkout-payment", model, request, response);
	}

	@PostMapping("/checkout/discount")
	String applyDiscount(Tenant tenant, @RequestParam(defaultValue = "") String code, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		if (ShopperPages.attempt(() -> this.checkout.applyDiscount(tenant, cart(request), code), model, response)
			.isPresent()) {
			return ShopperPages.seeOther("/checkout/payment");
		}
		return again(tenant, "storefront/checkout-payment", model, request);
	}

	@GetMapping("/checkout/review")
	String review(Tenant tenant, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return step(tenant, "storefront/checkout-review", model, request, response);
	}

	@PostMapping("/checkout/completion")
	String complete(Tenant tenant, @RequestParam(defaultValue = "") String idempotencyKey,
			@RequestParam(defaultValue = "") String quote, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		// the review's quote: a price changed since the page was shown is a 409 and the
		// review again, with the new totals (docs/adr/0085)
		if (ShopperPages
			.attempt(() -> this.payment.completeAndPay(tenant, cart(request), idempotencyKey, quote), model, response)
			.isPresent()) {
			return ShopperPages.seeOther("/checkout/confirmation");
		}
		model.addAttribute("idempotencyKey", idempotencyKey);
		return again(tenant, "storefront/checkout-review", model, request);
	}

	@GetMapping("/checkout/confirmation")
	String confirmation(Tenant tenant, Model model, HttpServletRequest request, HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		Optional<CheckoutSummary> summary = summary(tenant, request)
			.filter((done) -> StoredCheckout.COMPLETED.equals(done.state()));
		if (summary.isEmpty()) {
			return ShopperPages.seeOther("/cart");
		}
		model.addAttribute("checkout", summary.get());
		return "storefront/checkout-confirmation";
	}

	private String step(Tenant tenant, String view, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		Optional<CheckoutSummary> summary = summary(tenant, request);
		if (summary.isEmpty() || summary.get().cart() == null) {
			return ShopperPages.seeOther(summary.isPresent() ? "/checkout/confirmation" : "/checkout");
		}
		model.addAttribute("checkout", summary.get());
		return view;
	}

	private String again(Tenant tenant, String view, Model model, HttpServletRequest request) {
		Optional<CheckoutSummary> summary = summary(tenant, request);
		if (summary.isEmpty() || summary.get().cart() == null) {
			return ShopperPages.seeOther("/cart");
		}
		model.addAttribute("checkout", summary.get());
		return view;
	}

	private Optional<CheckoutSummary> summary(Tenant tenant, HttpServletRequest request) {
		Optional<CartId> cart = ShopperPages.cart(request);
		if (cart.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.checkout.summary(tenant, cart.get()));
		}
		catch (ResourceNotFound none) {
			return Optional.empty();
		}
	}

	private static CartId cart(HttpServletRequest request) {
		return ShopperPages.cart(request).orElseThrow(() -> new ResourceNotFound("Your cart is empty"));
	}

	/** The contact and address form as the shopper filled it in. */
	record ContactForm(String email, String fullName, String line1, String line2, String city, String postalCode,
			String country, String region) {

		static final ContactForm EMPTY = new ContactForm("", "", "", "", "", "", "", "");

		static ContactForm of(CheckoutSummary summary) {
			Address a = summary.address();
			return new ContactForm(summary.contact().email(), a.fullName(), a.line1(), a.line2(), a.city(),
					a.postalCode(), a.country(), a.region());
		}

		Address address() {
			return Address.checked(this.fullName, this.line1, this.line2, this.city, this.postalCode, this.country,
					this.region);
		}

	}

}
