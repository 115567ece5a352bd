package dev.rustok.runtime.checkout;

import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.cart.Carts;
import dev.rustok.runtime.cart.PricedCart;
import dev.rustok.runtime.cart.ShopperCarts;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cart page and its forms (no JavaScript): add from the product page, change a
 * quantity, remove a line. The first add creates the cart and sets its cookie
 * (docs/adr/0071); a signed-in customer's cart is theirs (docs/adr/0096).
 */
@Controller
class CartPages {

	private final Carts carts;

	private final ShopperCarts shopperCarts;

	private final ShopperPages pages;

	CartPages(Carts carts, ShopperCarts shopperCarts, ShopperPages pages) {
		this.carts = carts;
		this.shopperCarts = shopperCarts;
		this.pages = pages;
	}

	@GetMapping("/cart")
	String cart(Tenant tenant, Model model, HttpServletRequest request, HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		model.addAttribute("cart", priced(tenant, request).orElse(null));
		return "storefront/cart";
	}

	@PostMapping("/cart/lines")
	String add(Tenant tenant, @RequestParam(required = false) UUID variantId,
			@RequestParam(defaultValue = "1") String quantity, @RequestParam(required = false) String currency,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		Optional<PricedCart> added = ShopperPages.attempt(() -> {
			CartId cart = open(tenant, request, response, currency);
			if (variantId == null) {
				throw new ResourceNotFound("Choose a variant of the product first");
			}
			return this.carts.add(tenant, cart, new VariantId(variantId), number(quantity));
		}, model, response);
		if (added.isPresent()) {
			return ShopperPages.seeOther("/cart");
		}
		model.addAttribute("cart", priced(tenant, request).orElse(null));
		return "storefront/cart";
	}

	@PostMapping("/cart/lines/{variantId}")
	String change(Tenant tenant, @PathVariable UUID variantId, @RequestParam(defaultValue = "") String quantity,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		Optional<PricedCart> changed = ShopperPages.attempt(
				() -> this.carts.change(tenant, existing(request), new VariantId(variantId), number(quantity)), model,
				response);
		if (changed.isPresent()) {
			return ShopperPages.seeOther("/cart");
		}
		model.addAttribute("cart", priced(tenant, request).orElse(null));
		return "storefront/cart";
	}

	@PostMapping("/cart/lines/{variantId}/removal")
	String remove(Tenant tenant, @PathVariable UUID variantId, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		this.pages.prepare(tenant, model, response);
		ShopperPages.attempt(() -> this.carts.remove(tenant, existing(request), new VariantId(variantId)), model,
				response);
		return ShopperPages.seeOther("/cart");
	}

	private CartId open(Tenant tenant, HttpServletRequest request, HttpServletResponse response, String currency) {
		Optional<CartId> known = ShopperPages.cart(request);
		if (known.isPresent()) {
			try {
				return this.carts.priced(tenant, known.get()).cart().id();
			}
			catch (ResourceNotFound gone) {
				// bought, merged or expired: a new cart
			}
		}
		return this.shopperCarts.start(tenant, Optional.ofNullable(currency), request, response).cart().id();
	}

	private Optional<PricedCart> priced(Tenant tenant, HttpServletRequest request) {
		try {
			return ShopperPages.cart(request).map((id) -> this.carts.priced(tenant, id));
		}
		catch (ResourceNotFound gone) {
			return Optional.empty();
		}
	}

	private static CartId existing(HttpServletRequest request) {
		return ShopperPages.cart(request).orElseThrow(() -> new ResourceNotFound("Your cart is empty"));
	}

	// a form sends text: anything but a whole number is a bad quantity
	private static int number(String quantity) {
		try {
			return Integer.parseInt(quantity.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
