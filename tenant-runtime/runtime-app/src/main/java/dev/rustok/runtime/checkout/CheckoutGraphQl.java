package dev.rustok.runtime.checkout;

import java.util.List;

import dev.rustok.runtime.cart.BrowserCart;
import dev.rustok.runtime.checkout.CheckoutJson.AddressJson;
import dev.rustok.runtime.checkout.CheckoutJson.CheckedStart;
import dev.rustok.runtime.checkout.CheckoutJson.CheckoutView;
import dev.rustok.runtime.checkout.CheckoutJson.CompletionView;
import dev.rustok.runtime.checkout.CheckoutJson.StartJson;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The checkout of the shopper's cart over GraphQL
 * ({@code graphql/cart-checkout.graphqls}, docs/adr/0080): {@link CheckoutController}'s
 * facade calls and shapes, on the cart the cart cookie names. Completion takes the
 * idempotency key as an argument, with the REST semantics: at most one order per key, the
 * same key again answers it ({@code replayed}). A provider that is down or declines is a
 * GraphQL error with {@code extensions.status} 503 or 402 ({@code PaymentGraphQlErrors}).
 */
@Controller
class CheckoutGraphQl {

	private static final String TENANT = "tenant";

	/** The REST API's header, which the facade names in its problems. */
	private static final String KEY_HEADER = "Idempotency-Key";

	private static final String KEY_ARGUMENT = "idempotencyKey";

	private final Checkout checkout;

	private final CheckoutPayment payment;

	CheckoutGraphQl(Checkout checkout, CheckoutPayment payment) {
		this.checkout = checkout;
		this.payment = payment;
	}

	@QueryMapping
	public CheckoutView checkout(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart) {
		return CheckoutView.of(this.checkout.summary(tenant, cart.id()));
	}

	@MutationMapping
	public CheckoutView startCheckout(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String email,
			@Argument AddressJson address) {
		CheckedStart start = new StartJson(email, address).checked();
		return CheckoutView.of(this.checkout.start(tenant, cart.id(), start.contact(), start.address()));
	}

	@MutationMapping
	public CheckoutView chooseShipping(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String shippingMethod) {
		if (shippingMethod == null || shippingMethod.isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("shippingMethod", "is required")));
		}
		return CheckoutView.of(this.checkout.chooseShipping(tenant, cart.id(), shippingMethod));
	}

	@MutationMapping
	public CheckoutView applyDiscount(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String discountCode) {
		return CheckoutView.of(this.checkout.applyDiscount(tenant, cart.id(), discountCode));
	}

	@MutationMapping
	public CompletionView completeCheckout(@ContextValue(name = TENANT) Tenant tenant,
			@ContextValue(name = BrowserCart.KEY) BrowserCart cart, @Argument String idempotencyKey) {
		try {
			return CompletionView.of(this.payment.completeAndPay(tenant, cart.id(), idempotencyKey));
		}
		catch (InvalidInput ex) {
			throw new InvalidInput(ex.errors().stream().map(CheckoutGraphQl::renamed).toList());
		}
		catch (ResourceConflict ex) {
			if (ex.getClass() == ResourceConflict.class && ex.errors().size() == 1) {
				throw new ResourceConflict(renamed(ex.errors().getFirst()));
			}
			throw ex;
		}
	}

	// the facade speaks of the REST header; a GraphQL client sent an argument
	private static FieldProblem renamed(FieldProblem problem) {
		return KEY_HEADER.equals(problem.field()) ? new FieldProblem(KEY_ARGUMENT, problem.reason()) : problem;
	}

}
