package dev.rustok.runtime.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.orders.Order;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.OrderId;
import dev.rustok.runtime.orders.PendingOrder;
import dev.rustok.runtime.orders.ProviderPayment;
import dev.rustok.runtime.payments.PaymentOutcome;
import dev.rustok.runtime.payments.PaymentProvider;
import dev.rustok.runtime.payments.PaymentRequest;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the payment of an order checkout placed, after the order's transaction committed
 * (a provider is never asked while rows are locked). Every call to the provider carries a
 * key derived from the order, so a repeated submission never charges twice
 * (docs/adr/0059, 0072). The manual provider approves at once but the money comes later:
 * its orders stay pending until the merchant records the payment.
 */
@Component
class CheckoutPayment {

	static final String MANUAL = "manual";

	private final Map<String, PaymentProvider> providers;

	private final CheckoutProperties properties;

	private final Checkout checkout;

	private final CheckoutStore store;

	private final OrderBook orders;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CheckoutPayment(List<PaymentProvider> providers, CheckoutProperties properties, Checkout checkout,
			CheckoutStore store, OrderBook orders, PlatformTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		this.providers = providers.stream().collect(Collectors.toMap(PaymentProvider::id, Function.identity()));
		this.properties = properties;
		this.checkout = checkout;
		this.store = store;
		this.orders = orders;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		if (!this.providers.containsKey(properties.paymentProvider())) {
			throw new IllegalStateException("rustok.checkout.payment-provider names no provider: "
					+ properties.paymentProvider() + " (there are " + this.providers.keySet() + ")");
		}
	}

	/**
	 * Completes the cart's checkout and pays its order.
	 * @throws PaymentUnavailable when the provider cannot be asked (the order stays
	 * pending)
	 * @throws PaymentDeclined when it refuses
	 */
	Completion completeAndPay(Tenant tenant, CartId cart, String idempotencyKey) {
		return completeAndPay(tenant, cart, idempotencyKey, null);
	}

	/**
	 * As {@link #completeAndPay(Tenant, CartId, String)}, at the prices of the review the
	 * shopper saw ({@code quote}, docs/adr/0085).
	 * @throws PricesChanged when they are no longer the prices
	 */
	Completion completeAndPay(Tenant tenant, CartId cart, String idempotencyKey, String quote) {
		Completion placed = this.checkout.complete(tenant, cart, idempotencyKey, quote);
		if (placed.paymentState() != null && placed.paymentState().settled()) {
			return placed;
		}
		PaymentProvider provider = this.providers.get(this.properties.paymentProvider());
		String key = tenant.id().value() + ":" + placed.orderId();
		PaymentOutcome outcome = provider.authorize(
				new PaymentRequest(tenant.id(), key + ":authorize", "#" + placed.orderNumber(), placed.total(), null));
		if (outcome instanceof PaymentOutcome.Approved approved && !MANUAL.equals(provider.id())) {
			// kept before capturing: an order whose capture fails is cancelled by voiding
			// this authorization (docs/adr/0095)
			this.orders.recordPayment(tenant, new OrderId(placed.orderId()),
					ProviderPayment.authorized(provider.id(), approved.reference()));
			outcome = provider.capture(new PaymentRequest(tenant.id(), key + ":capture", "#" + placed.orderNumber(),
					placed.total(), approved.reference()));
		}
		return switch (outcome) {
			case PaymentOutcome.Approved approved when MANUAL.equals(provider.id()) ->
				record(tenant, placed, PaymentState.AWAITING, provider.id(), null);
			case PaymentOutcome.Approved captured -> record(tenant, placed, PaymentState.PAID, provider.id(),
					ProviderPayment.captured(provider.id(), captured.reference()));
			case PaymentOutcome.Unavailable unavailable -> {
				record(tenant, placed, PaymentState.UNAVAILABLE, provider.id(), null);
				throw new PaymentUnavailable(placed, unavailable.reason());
			}
			case PaymentOutcome.Declined declined -> {
				record(tenant, placed, PaymentState.DECLINED, provider.id(), null);
				throw new PaymentDeclined(placed, declined.reason());
			}
		};
	}

	// one transaction with the checkout locked: two submissions that both reach the
	// provider record the payment once
	// (a captured payment is kept with the order it paid, docs/adr/0095)
	private Completion record(Tenant tenant, Completion placed, PaymentState state, String providerId,
			ProviderPayment payment) {
		return this.transactions.execute((status) -> {
			StoredCheckout locked = this.store.forUpdate(tenant, checkoutCart(tenant, placed)).orElseThrow();
			if (locked.paymentState() != null && locked.paymentState().settled()) {
				return placed.with(locked.paymentState());
			}
			if (payment != null) {
				this.orders.recordPayment(tenant, new OrderId(placed.orderId()), payment);
			}
			if (state == PaymentState.PAID) {
				Order order = this.orders.order(tenant, new OrderId(placed.orderId()));
				if (order instanceof PendingOrder) {
					this.orders.pay(tenant, new OrderId(placed.orderId()), Checkout.PLACED_BY,
							"paid through " + providerId);
				}
			}
			this.store.paymentState(tenant, locked.id(), state, now());
			return placed.with(state);
		});
	}

	private CartId checkoutCart(Tenant tenant, Completion placed) {
		return this.store.cartOf(tenant, placed.checkoutId());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
