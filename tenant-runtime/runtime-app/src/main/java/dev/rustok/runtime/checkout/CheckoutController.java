package dev.rustok.runtime.checkout;

import java.net.URI;
import java.util.List;

import dev.rustok.runtime.cart.CartCookie;
import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.checkout.CheckoutJson.CheckedStart;
import dev.rustok.runtime.checkout.CheckoutJson.CheckoutView;
import dev.rustok.runtime.checkout.CheckoutJson.CompletionView;
import dev.rustok.runtime.checkout.CheckoutJson.DiscountJson;
import dev.rustok.runtime.checkout.CheckoutJson.ShippingChoiceJson;
import dev.rustok.runtime.checkout.CheckoutJson.StartJson;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checkout of the shopper's cart (docs/adr/0072), found by the cart cookie.
 * Completing needs an {@code Idempotency-Key} header: the same key again answers the same
 * order (200), the first time 201.
 */
@RestController
@RequestMapping(path = "/api/store/checkout", produces = MediaType.APPLICATION_JSON_VALUE)
class CheckoutController {

	/** The review's quote sent back with the completion (docs/adr/0085). */
	static final String QUOTE_HEADER = "Checkout-Quote";

	private final Checkout checkout;

	private final CheckoutPayment payment;

	CheckoutController(Checkout checkout, CheckoutPayment payment) {
		this.checkout = checkout;
		this.payment = payment;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CheckoutView> start(Tenant tenant, @RequestBody StartJson request, HttpServletRequest http) {
		CartId cart = cart(http);
		CheckedStart start = request.checked();
		return ResponseEntity.created(URI.create("/api/store/checkout"))
			.body(CheckoutView.of(this.checkout.start(tenant, cart, start.contact(), start.address())));
	}

	@GetMapping
	CheckoutView checkout(Tenant tenant, HttpServletRequest http) {
		return CheckoutView.of(this.checkout.summary(tenant, cart(http)));
	}

	@PutMapping(path = "/shipping", consumes = MediaType.APPLICATION_JSON_VALUE)
	CheckoutView chooseShipping(Tenant tenant, @RequestBody ShippingChoiceJson request, HttpServletRequest http) {
		if (request.method() == null || request.method().isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("shippingMethod", "is required")));
		}
		return CheckoutView.of(this.checkout.chooseShipping(tenant, cart(http), request.method()));
	}

	@PutMapping(path = "/discount", consumes = MediaType.APPLICATION_JSON_VALUE)
	CheckoutView applyDiscount(Tenant tenant, @RequestBody DiscountJson request, HttpServletRequest http) {
		return CheckoutView.of(this.checkout.applyDiscount(tenant, cart(http), request.code()));
	}

	@PostMapping("/completion")
	@ApiResponse(responseCode = "201", description = "The order placed (and paid, unless payment comes later)",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "The same key again: the order it placed",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409",
			description = "Not placed: the cart changed, stock is gone, or a price or the total is no longer the one of"
					+ " the review's quote (changedLines, the new totals and quote)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<CompletionView> complete(Tenant tenant,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Parameter(description = "The quote of the checkout the shopper reviewed: the order is placed only at its"
					+ " prices (docs/adr/0085); without it, at today's prices") @RequestHeader(name = QUOTE_HEADER,
							required = false) String quote,
			HttpServletRequest http) {
		Completion completion = this.payment.completeAndPay(tenant, cart(http), idempotencyKey, quote);
		return ResponseEntity.status(completion.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(CompletionView.of(completion));
	}

	private static CartId cart(HttpServletRequest http) {
		return CartCookie.read(http)
			.orElseThrow(() -> new ResourceNotFound("No cart: create one with POST /api/store/cart first"));
	}

}
