package dev.rustok.runtime.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rustok.runtime.payments.PaymentOutcome;
import dev.rustok.runtime.payments.PaymentProvider;
import dev.rustok.runtime.payments.PaymentRequest;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.stereotype.Service;

/**
 * Refunds and cancellations that give money back through the provider that took it
 * (docs/adr/0095): the REST and GraphQL admin (and so the admin screen) come here. The
 * order's own checks run first, so an invalid amount or state calls nobody; the provider
 * is asked outside any transaction (no row is locked meanwhile) with a key derived from
 * the order and the refund's number, so asking again never pays back twice; only an
 * approval is recorded, by {@link OrderBook}'s transition. Orders paid without a provider
 * (manual, cash on delivery) only record it.
 */
@Service
public class PaymentReversals {

	private final OrderBook book;

	private final Map<String, PaymentProvider> providers;

	PaymentReversals(OrderBook book, List<PaymentProvider> providers) {
		this.book = book;
		this.providers = providers.stream().collect(Collectors.toMap(PaymentProvider::id, Function.identity()));
	}

	/**
	 * Pays back part or all of what is left to refund.
	 * @throws dev.rustok.runtime.shared.InvalidInput naming {@code amount} (nothing asked
	 * of the provider)
	 * @throws TransitionNotAllowed when the order cannot be refunded now
	 */
	public Order refund(Tenant tenant, OrderId id, Money amount, String actor, String reason) {
		Order seen = this.book.order(tenant, id);
		OrderBook.tryOut(seen, actor, reason, (order, change) -> Transitions.refund(order, amount, change));
		Optional<ProviderPayment> captured = paidThroughProvider(tenant, id).filter(ProviderPayment::captured);
		if (captured.isEmpty()) {
			return this.book.refund(tenant, id, amount, actor, reason);
		}
		ask(seen, "refunded", (provider) -> provider.refund(refundRequest(tenant, seen, amount, captured.get())),
				captured.get());
		return this.book.refund(tenant, id, amount, actor, reason, seen);
	}

	/**
	 * Cancels an order nothing of which has shipped: an authorization that was never
	 * captured is voided, money that was taken is paid back (what is left of it), and the
	 * held stock is released.
	 * @param despiteDeclinedVoid staff's explicit choice to cancel a pending order even
	 * if the provider declines to void its authorization, the refusal then kept on the
	 * timeline (docs/adr/0104); it never covers a declined refund, nor a provider that
	 * did not answer
	 * @throws TransitionNotAllowed when the order cannot be cancelled now
	 */
	public Order cancel(Tenant tenant, OrderId id, String actor, String reason, boolean despiteDeclinedVoid) {
		Order seen = this.book.order(tenant, id);
		OrderBook.tryOut(seen, actor, reason, Transitions::cancel);
		Optional<ProviderPayment> payment = paidThroughProvider(tenant, id);
		if (payment.isEmpty()) {
			return this.book.cancel(tenant, id, actor, reason);
		}
		ProviderPayment taken = payment.get();
		Money left = seen.facts().refundable();
		if (!taken.captured()) {
			PaymentOutcome voided = answer(seen, "cancelled",
					(provider) -> provider.voidAuthorization(new PaymentRequest(tenant.id(), key(tenant, seen, "void"),
							reference(seen), seen.facts().totals().total(), taken.reference())),
					taken);
			if (voided instanceof PaymentOutcome.Declined declined) {
				if (!despiteDeclinedVoid) {
					throw PaymentProviderDeclined.ofVoid(seen, declined.reason());
				}
				return this.book.cancelWithVoidDeclined(tenant, actor, reason, seen, declined.reason());
			}
		}
		else if (left.amountMinor() > 0) {
			ask(seen, "cancelled", (provider) -> provider.refund(refundRequest(tenant, seen, left, taken)), taken);
		}
		return this.book.cancel(tenant, id, actor, reason, seen);
	}

	private Optional<ProviderPayment> paidThroughProvider(Tenant tenant, OrderId id) {
		return this.book.payment(tenant, id).filter((payment) -> !"manual".equals(payment.provider()));
	}

	private void ask(Order order, String action, Function<PaymentProvider, PaymentOutcome> call,
			ProviderPayment payment) {
		if (answer(order, action, call, payment) instanceof PaymentOutcome.Declined declined) {
			throw new PaymentProviderDeclined(order, action, declined.reason());
		}
	}

	// the provider's answer, approved or declined; one that never came is 503
	private PaymentOutcome answer(Order order, String action, Function<PaymentProvider, PaymentOutcome> call,
			ProviderPayment payment) {
		PaymentProvider provider = this.providers.get(payment.provider());
		if (provider == null) {
			throw new PaymentProviderUnavailable(order, action,
					"the provider " + payment.provider() + " that took the payment is not configured on this runtime");
		}
		PaymentOutcome outcome = call.apply(provider);
		if (outcome instanceof PaymentOutcome.Unavailable unavailable) {
			throw new PaymentProviderUnavailable(order, action, unavailable.reason());
		}
		return outcome;
	}

	// the n-th refund of an order has the n-th key: the same refund asked again (its
	// answer lost) reuses it, the next one (once this one is recorded) does not; a
	// cancellation's refund of what is left is the next refund too
	private static PaymentRequest refundRequest(Tenant tenant, Order order, Money amount, ProviderPayment payment) {
		int next = Refunds.count(order.facts()) + 1;
		return new PaymentRequest(tenant.id(), key(tenant, order, "refund:" + next), reference(order), amount,
				payment.reference());
	}

	private static String key(Tenant tenant, Order order, String intent) {
		return tenant.id().value() + ":" + order.facts().id() + ":" + intent;
	}

	private static String reference(Order order) {
		return "#" + order.facts().number();
	}

}
