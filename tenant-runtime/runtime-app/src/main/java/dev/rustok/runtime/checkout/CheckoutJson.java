package dev.rustok.runtime.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.cart.PricedCart;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.rules.ShippingOption;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;

/** The storefront API's shapes of a checkout. */
final class CheckoutJson {

	private CheckoutJson() {
	}

	record AddressJson(String fullName, String line1, String line2, String city, String postalCode, String country,
			String region) {

		Address checked() {
			return Address.checked(this.fullName, this.line1, this.line2, this.city, this.postalCode, this.country,
					this.region);
		}

	}

	record StartJson(String email, AddressJson address) {

		/**
		 * The contact and address, checked for REST and GraphQL alike.
		 * @throws InvalidInput naming every wrong field at once: the e-mail's and the
		 * address's
		 */
		CheckedStart checked() {
			List<FieldProblem> problems = new ArrayList<>();
			Contact contact = FieldChecks.collect(() -> Contact.checked(this.email), problems);
			Address checked = (this.address != null) ? FieldChecks.collect(this.address::checked, problems) : null;
			if (this.address == null) {
				problems.add(new FieldProblem("address", "is required"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new CheckedStart(contact, checked);
		}

	}

	record CheckedStart(Contact contact, Address address) {

	}

	record ShippingChoiceJson(String method) {

	}

	record DiscountJson(String code) {

	}

	record LineView(UUID variantId, String sku, String title, Money unitPrice, int quantity) {

		static LineView of(PricedLine line) {
			return new LineView(line.variantId().value(), line.sku(), line.title(), line.unitPrice(), line.quantity());
		}

	}

	record ShippingView(String code, String name) {

		static ShippingView of(ShippingOption option) {
			return new ShippingView(option.code(), option.name());
		}

	}

	/**
	 * @param totals {@code null} until a shipping method is chosen
	 * @param orderNumber the order placed, once completed
	 * @param quote the prices shown, with the totals: send it back as the
	 * {@code Checkout-Quote} header of the completion to place the order only at them
	 */
	record CheckoutView(UUID id, String state, String email, Address address, List<LineView> lines,
			String shippingMethod, List<ShippingView> shippingMethods, String discountCode, Totals totals,
			Long orderNumber, String quote) {

		static CheckoutView of(CheckoutSummary summary) {
			PricedCart cart = summary.cart();
			return new CheckoutView(summary.id(), summary.state(), summary.contact().email(), summary.address(),
					(cart != null) ? cart.lines().stream().map(LineView::of).toList() : List.of(),
					summary.shipping().map(ShippingOption::code).orElse(null),
					summary.shippingOptions().stream().map(ShippingView::of).toList(),
					summary.discountCode().orElse(null), summary.totals().orElse(null),
					summary.orderNumber().orElse(null), summary.quote().orElse(null));
		}

	}

	/**
	 * @param paymentState {@code paid}, or {@code awaiting} (manual payment)
	 */
	record CompletionView(UUID orderId, long orderNumber, Money total, String paymentState, boolean replayed) {

		static CompletionView of(Completion completion) {
			return new CompletionView(completion.orderId(), completion.orderNumber(), completion.total(),
					(completion.paymentState() != null) ? completion.paymentState().code() : null,
					completion.replayed());
		}

	}

}
