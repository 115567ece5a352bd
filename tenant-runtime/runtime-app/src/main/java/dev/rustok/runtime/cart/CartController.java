package dev.rustok.runtime.cart;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.CartJson.AddLineJson;
import dev.rustok.runtime.cart.CartJson.CartView;
import dev.rustok.runtime.cart.CartJson.NewCartJson;
import dev.rustok.runtime.cart.CartJson.QuantityJson;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shopper's cart (docs/adr/0071), found by the {@link CartCookie} that creating it
 * sets. Prices are the catalogue's at every answer. A cart this shop does not have
 * (expired, bought, or another shop's) is 404.
 */
@RestController
@RequestMapping(path = "/api/store/cart", produces = MediaType.APPLICATION_JSON_VALUE)
class CartController {

	private final Carts carts;

	private final ShopperCarts shopperCarts;

	CartController(Carts carts, ShopperCarts shopperCarts) {
		this.carts = carts;
		this.shopperCarts = shopperCarts;
	}

	// a customer's token or session makes the cart theirs; a customer who has an open
	// cart gets it back (200) rather than a second one (docs/adr/0096)
	@PostMapping
	@ApiResponse(responseCode = "201", description = "A new cart, named by the cart cookie the answer sets",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200",
			description = "The signed-in customer's open cart (a customer has one), named by the cart cookie",
			useReturnTypeSchema = true)
	ResponseEntity<CartView> create(Tenant tenant, @RequestBody(required = false) NewCartJson request,
			HttpServletRequest http, HttpServletResponse response) {
		StartedCart started = this.shopperCarts.start(tenant, Optional.ofNullable(request).map(NewCartJson::currency),
				http, response);
		CartView cart = CartView.of(this.carts.priced(tenant, started.cart().id()));
		return started.created() ? ResponseEntity.created(URI.create("/api/store/cart")).body(cart)
				: ResponseEntity.ok(cart);
	}

	@GetMapping
	CartView cart(Tenant tenant, HttpServletRequest http) {
		return CartView.of(this.carts.priced(tenant, id(http)));
	}

	@PostMapping(path = "/lines", consumes = MediaType.APPLICATION_JSON_VALUE)
	CartView add(Tenant tenant, @RequestBody AddLineJson request, HttpServletRequest http) {
		if (request.variantId() == null) {
			throw new InvalidInput(List.of(new FieldProblem("variantId", "is required")));
		}
		return CartView
			.of(this.carts.add(tenant, id(http), new VariantId(request.variantId()), quantity(request.quantity())));
	}

	@PutMapping(path = "/lines/{variantId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	CartView change(Tenant tenant, @PathVariable UUID variantId, @RequestBody QuantityJson request,
			HttpServletRequest http) {
		return CartView.of(this.carts.change(tenant, id(http), new VariantId(variantId), quantity(request.quantity())));
	}

	@DeleteMapping("/lines/{variantId}")
	CartView remove(Tenant tenant, @PathVariable UUID variantId, HttpServletRequest http) {
		return CartView.of(this.carts.remove(tenant, id(http), new VariantId(variantId)));
	}

	private static int quantity(Integer quantity) {
		if (quantity == null) {
			throw new InvalidInput(List.of(new FieldProblem("quantity", "is required")));
		}
		return quantity;
	}

	private static CartId id(HttpServletRequest http) {
		return CartCookie.read(http)
			.orElseThrow(() -> new ResourceNotFound("No cart: create one with POST /api/store/cart first"));
	}

}
