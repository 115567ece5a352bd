package dev.rustok.runtime.cart;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.CartJson.CartView;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The shopper's cart over GraphQL ({@code graphql/cart-checkout.graphqls},
 * docs/adr/0080): the facade calls and wire shapes of {@link CartController}, on the cart
 * the cart cookie names ({@link BrowserCart}). Open to anyone, as the REST cart is: the
 * cookie is what authenticates a cart.
 */
@Controller
class CartGraphQl {

	private static final String TENANT = "tenant";

	private final Carts carts;

	CartGraphQl(Carts carts) {
		this.carts = carts;
	}

	@QueryMapping
	public CartView cart(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart) {
		return CartView.of(this.carts.priced(tenant, cart.id()));
	}

	@MutationMapping
	public CartView createCart(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String currency) {
		// a signed-in customer's cart is theirs (docs/adr/0096)
		Cart started = this.carts.start(tenant, Optional.ofNullable(currency), cart.customer()).cart();
		cart.created(started.id());
		return CartView.of(this.carts.priced(tenant, started.id()));
	}

	@MutationMapping
	public CartView addToCart(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String variantId,
			@Argument Integer quantity) {
		VariantId variant = variant(variantId);
		return CartView.of(this.carts.add(tenant, cart.id(), variant, quantity(quantity)));
	}

	@MutationMapping
	public CartView changeCartLine(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String variantId,
			@Argument Integer quantity) {
		VariantId variant = variant(variantId);
		return CartView.of(this.carts.change(tenant, cart.id(), variant, quantity(quantity)));
	}

	@MutationMapping
	public CartView removeCartLine(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String variantId) {
		return CartView.of(this.carts.remove(tenant, cart.id(), variant(variantId)));
	}

	private static VariantId variant(String id) {
		try {
			if (id != null) {
				return new VariantId(UUID.fromString(id));
			}
		}
		catch (IllegalArgumentException notAnId) {
			// answered below, like a missing id
		}
		throw invalid("variantId", "is required: the id of a variant of this shop");
	}

	private static int quantity(Integer quantity) {
		if (quantity == null) {
			throw invalid("quantity", "is required");
		}
		return quantity;
	}

	private static InvalidInput invalid(String field, String reason) {
		return new InvalidInput(List.of(new FieldProblem(field, reason)));
	}

}
