package dev.rustok.runtime.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;

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

	/**
	 * A cancellation; {@code despiteDeclinedVoid} is staff's explicit choice to cancel a
	 * pending order whose authorization the provider refuses to void (docs/adr/0104).
	 */
	record CancellationJson(String reason,
			@Schema(description = "Cancel a pending order even if the payment provider declines to void its "
					+ "authorization (an expired one); the timeline then says so. Never covers a declined refund or a "
					+ "provider that did not answer (503).") Boolean despiteDeclinedVoid) {

		boolean despiteDeclined() {
			return Boolean.TRUE.equals(this.despiteDeclinedVoid);
		}

	}

	/**
	 * The state a list is filtered by, {@code null} for all.
	 * @throws InvalidInput naming {@code state} when it is no state's code
	 */
	static Optional<OrderStatus> state(String code) {
		return Optional.ofNullable(code)
			.map((given) -> OrderStatus.ofCode(given)
				.orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("state",
						"must be one of pending, paid, partially_fulfilled, fulfilled, delivered, cancelled, refunded")))));
	}

	record ShippedLineJson(Integer lineNumber, Integer quantity) {

	}

	record FulfilmentJson(List<ShippedLineJson> lines, String reason) {

		/**
		 * Units to ship by line number.
		 * @throws InvalidInput naming {@code lines} when none is named, or one is
		 * incomplete or named twice
		 */
		Map<Integer, Integer> units() {
			if (this.lines == null || this.lines.isEmpty()) {
				throw new InvalidInput(List.of(new FieldProblem("lines", "name at least one line and its quantity")));
			}
			Map<Integer, Integer> units = new LinkedHashMap<>();
			for (ShippedLineJson line : this.lines) {
				if (line == null || line.lineNumber() == null || line.quantity() == null
						|| units.put(line.lineNumber(), line.quantity()) != null) {
					throw new InvalidInput(List.of(new FieldProblem("lines",
							"each entry has a lineNumber and a quantity, each line at most once")));
				}
			}
			return units;
		}

	}

	record RefundJson(Long amountMinor, String currency, String reason) {

		/**
		 * @throws InvalidInput naming {@code amountMinor} and {@code currency} when they
		 * are missing or no amount
		 */
		Money amount() {
			List<FieldProblem> problems = new ArrayList<>();
			if (this.amountMinor == null || this.amountMinor < 0 || this.amountMinor > Money.MAX_AMOUNT_MINOR) {
				problems.add(new FieldProblem("amountMinor", "is required, from 1 to " + Money.MAX_AMOUNT_MINOR));
			}
			if (this.currency == null || !Money.isCurrencyCode(this.currency)) {
				problems.add(new FieldProblem("currency", "must be the ISO 4217 code of the order's currency"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new Money(this.amountMinor, this.currency);
		}

	}

}
