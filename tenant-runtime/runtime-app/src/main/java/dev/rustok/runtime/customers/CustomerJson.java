package dev.rustok.runtime.customers;

import java.util.List;

import dev.rustok.runtime.orders.Order;
import dev.rustok.runtime.orders.OrderFacts;
import dev.rustok.runtime.orders.OrderLine;
import dev.rustok.runtime.orders.TimelineEntry;
import dev.rustok.runtime.shared.Money;

/**
 * The wire shapes of the customer API; requests use {@code null} for what the client left
 * out. A customer's view of an order leaves out who on the staff acted and why.
 */
final class CustomerJson {

	private CustomerJson() {
	}

	record ProfileView(String email, String name, String defaultAddressId) {

		static ProfileView of(Customer customer) {
			return new ProfileView(customer.email(), customer.name(),
					customer.defaultAddress().map(AddressId::toString).orElse(null));
		}

	}

	record ProfileJson(String name, String defaultAddressId) {

	}

	record AddressView(String id, String recipient, String line1, String line2, String postalCode, String city,
			String region, String country, String phone) {

		static AddressView of(Address address) {
			return new AddressView(address.id().toString(), address.recipient(), address.line1(), address.line2(),
					address.postalCode(), address.city(), address.region(), address.country(), address.phone());
		}

	}

	record AddressListView(List<AddressView> items) {

	}

	record AddressJson(String recipient, String line1, String line2, String postalCode, String city, String region,
			String country, String phone) {

		AddressInput input() {
			return new AddressInput(this.recipient, this.line1, this.line2, this.postalCode, this.city, this.region,
					this.country, this.phone);
		}

	}

	record MoneyView(long amountMinor, String currency) {

		static MoneyView of(Money money) {
			return new MoneyView(money.amountMinor(), money.currency());
		}

	}

	record OrderSummaryView(String id, long number, String state, MoneyView total, String placedAt) {

		static OrderSummaryView of(CustomerOrder order) {
			return new OrderSummaryView(order.orderId().toString(), order.number(), order.state(),
					MoneyView.of(order.total()), order.placedAt().toString());
		}

	}

	record OrderPageView(List<OrderSummaryView> items, String next) {

		static OrderPageView of(CustomerOrderPage page) {
			return new OrderPageView(page.items().stream().map(OrderSummaryView::of).toList(), page.next());
		}

	}

	record LineView(int lineNumber, String sku, String title, MoneyView unitPrice, int quantity, int fulfilled) {

		static LineView of(OrderLine line) {
			return new LineView(line.lineNumber(), line.sku(), line.title(), MoneyView.of(line.unitPrice()),
					line.quantity(), line.fulfilled());
		}

	}

	record StepView(String at, String action, String state, String detail) {

		static StepView of(TimelineEntry entry) {
			return new StepView(entry.at().toString(), entry.action(), entry.status().code(), entry.detail());
		}

	}

	record OrderView(String id, long number, String state, List<LineView> lines, MoneyView subtotal, MoneyView discount,
			MoneyView shipping, MoneyView tax, MoneyView total, MoneyView refunded, String placedAt,
			List<StepView> timeline) {

		static OrderView of(Order order) {
			OrderFacts facts = order.facts();
			return new OrderView(facts.id().toString(), facts.number(), order.status().code(),
					facts.lines().stream().map(LineView::of).toList(), MoneyView.of(facts.totals().subtotal()),
					MoneyView.of(facts.totals().discount()), MoneyView.of(facts.totals().shipping()),
					MoneyView.of(facts.totals().tax()), MoneyView.of(facts.totals().total()),
					MoneyView.of(facts.refunded()), facts.placedAt().toString(),
					facts.timeline().stream().map(StepView::of).toList());
		}

	}

}
