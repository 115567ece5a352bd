package dev.rustok.runtime.orders;

import java.util.List;

import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.shared.Money;

/**
 * The wire shapes of the orders admin API; requests use {@code null} for what the client
 * left out. Amounts are minor units with their currency, as in the catalogue.
 */
final class OrderJson {

	private OrderJson() {
	}

	record MoneyView(long amountMinor, String currency) {

		static MoneyView of(Money money) {
			return new MoneyView(money.amountMinor(), money.currency());
		}

	}

	record SummaryView(String id, long number, String state, MoneyView total, MoneyView refunded, String placedAt) {

		static SummaryView of(OrderSummary order) {
			return new SummaryView(order.id().toString(), order.number(), order.status().code(),
					MoneyView.of(order.total()), MoneyView.of(order.refunded()), order.placedAt().toString());
		}

	}

	record PageView(List<SummaryView> items, String next) {

		static PageView of(OrderPage page) {
			return new PageView(page.items().stream().map(SummaryView::of).toList(), page.next());
		}

	}

	record LineView(int lineNumber, String variantId, String sku, String title, MoneyView unitPrice, int quantity,
			int fulfilled) {

		static LineView of(OrderLine line) {
			return new LineView(line.lineNumber(), line.variantId().toString(), line.sku(), line.title(),
					MoneyView.of(line.unitPrice()), line.quantity(), line.fulfilled());
		}

	}

	record TotalsView(MoneyView subtotal, MoneyView discount, MoneyView shipping, MoneyView tax, boolean taxInclusive,
			MoneyView total) {

		static TotalsView of(Totals totals) {
			return new TotalsView(MoneyView.of(totals.subtotal()), MoneyView.of(totals.discount()),
					MoneyView.of(totals.shipping()), MoneyView.of(totals.tax()), totals.taxInclusive(),
					MoneyView.of(totals.total()));
		}

	}

	record TimelineView(String at, String actor, String action, String state, String detail, String reason) {

		static TimelineView of(TimelineEntry entry) {
			return new TimelineView(entry.at().toString(), entry.actor(), entry.action(), entry.status().code(),
					entry.detail(), entry.reason());
		}

	}

	/**
	 * An order with what may be done to it next, so a client shows only those buttons.
	 */
	record OrderView(String id, long number, String state, List<String> allowedActions, List<LineView> lines,
			TotalsView totals, MoneyView refunded, MoneyView refundable, String placedAt, List<TimelineView> timeline) {

		static OrderView of(Order order) {
			OrderFacts facts = order.facts();
			return new OrderView(facts.id().toString(), facts.number(), order.status().code(), allowed(order),
					facts.lines().stream().map(LineView::of).toList(), TotalsView.of(facts.totals()),
					MoneyView.of(facts.refunded()), MoneyView.of(facts.refundable()), facts.placedAt().toString(),
					facts.timeline().stream().map(TimelineView::of).toList());
		}

		private static List<String> allowed(Order order) {
			return switch (order) {
				case PendingOrder pending -> List.of("pay", "cancel");
				case PaidOrder paid -> List.of("fulfil", "cancel", "refund");
				case PartlyFulfilledOrder partly -> List.of("fulfil", "refund");
				case FulfilledOrder fulfilled -> List.of("deliver", "refund");
				case DeliveredOrder delivered -> List.of("refund");
				case CancelledOrder cancelled -> List.of();
				case RefundedOrder refunded -> List.of();
			};
		}

	}

	record ReasonJson(String reason) {

	}

	record ShippedLineJson(Integer lineNumber, Integer quantity) {

	}

	record FulfilmentJson(List<ShippedLineJson> lines, String reason) {

	}

	record RefundJson(Long amountMinor, String currency, String reason) {

	}

}
