package dev.rustok.runtime.cart;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.Money;

/** The storefront API's shapes of a cart. */
final class CartJson {

	private CartJson() {
	}

	record NewCartJson(String currency) {

	}

	record AddLineJson(UUID variantId, Integer quantity) {

	}

	record QuantityJson(Integer quantity) {

	}

	record LineView(UUID variantId, String sku, String title, Money unitPrice, int quantity, Money lineTotal,
			int unitWeightGrams) {

		static LineView of(PricedLine line) {
			return new LineView(line.variantId().value(), line.sku(), line.title(), line.unitPrice(), line.quantity(),
					new Money(line.amountMinor(), line.unitPrice().currency()), line.unitWeightGrams());
		}

	}

	/**
	 * @param unavailable lines that can no longer be bought, by {@code lines[i]} of the
	 * stored cart, with why
	 */
	record CartView(UUID id, String currency, List<LineView> lines, List<FieldProblem> unavailable, Money subtotal,
			int units, Instant expiresAt) {

		static CartView of(PricedCart cart) {
			return new CartView(cart.cart().id().value(), cart.cart().currency(),
					cart.lines().stream().map(LineView::of).toList(), cart.unavailable(), cart.subtotal(), cart.units(),
					cart.cart().expiresAt());
		}

	}

}
