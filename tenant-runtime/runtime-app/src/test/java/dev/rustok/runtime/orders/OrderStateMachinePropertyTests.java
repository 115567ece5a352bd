package dev.rustok.runtime.orders;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rustok.runtime.shared.InvalidInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Any sequence of requests a merchant or checkout may send: those the state allows move
 * the order to a valid state and add one timeline entry; the others are refused with the
 * current state and change nothing.
 */
class OrderStateMachinePropertyTests {

	// which requests each state accepts: the table of docs/adr/0058
	private static final Map<OrderStatus, Set<Kind>> ALLOWED = Map.of(OrderStatus.PENDING,
			EnumSet.of(Kind.PAY, Kind.CANCEL, Kind.CANCEL_DESPITE_DECLINED_VOID), OrderStatus.PAID,
			EnumSet.of(Kind.FULFIL, Kind.CANCEL, Kind.REFUND), OrderStatus.PARTIALLY_FULFILLED,
			EnumSet.of(Kind.FULFIL, Kind.REFUND), OrderStatus.FULFILLED, EnumSet.of(Kind.DELIVER, Kind.REFUND),
			OrderStatus.DELIVERED, EnumSet.of(Kind.REFUND), OrderStatus.CANCELLED, EnumSet.noneOf(Kind.class),
			OrderStatus.REFUNDED, EnumSet.noneOf(Kind.class));

	@Property
	void allowedRequestsLeaveAValidStateAndOthersAreRefusedWithTheCurrentState(
			@ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 4) Integer> quantities,
			@ForAll("requests") List<Request> requests) {
		Order order = OrderFixtures.aPendingOrder(quantities.stream().mapToInt(Integer::intValue).toArray());

		for (Request request : requests) {
			Order before = order;
			boolean allowed = ALLOWED.get(before.status()).contains(request.kind());
			try {
				order = request.applyTo(before);
				assertThat(allowed).as(request + " on " + before.status()).isTrue();
				assertThat(order.facts().timeline()).hasSize(before.facts().timeline().size() + 1);
				assertThat(order.facts().timeline().getLast().status()).isEqualTo(order.status());
			}
			catch (TransitionNotAllowed refused) {
				assertThat(allowed).as(request + " on " + before.status()).isFalse();
				assertThat(refused.current()).isEqualTo(before.status());
				assertThat(refused.properties()).containsEntry("currentState", before.status().code());
			}
			catch (InvalidInput badAmountOrUnits) {
				// an allowed request with units or an amount the order does not have
				assertThat(allowed).isTrue();
			}
			assertValid(order);
		}
	}

	@Property
	void anOrderIsRefundedExactlyWhenItsWholeTotalIsPaidBack(@ForAll @IntRange(min = 1, max = 5) int parts) {
		Order order = OrderFixtures.aPendingOrder(2).pay(OrderFixtures.change("payments"));
		long total = order.facts().totals().total().amountMinor();
		for (int i = 0; i < parts; i++) {
			long amount = (i == parts - 1) ? order.facts().refundable().amountMinor() : total / (parts + 1);
			assertThat(order).isNotInstanceOf(RefundedOrder.class);
			order = Transitions.refund(order, OrderFixtures.eur(amount), OrderFixtures.change("owner"));
		}
		assertThat(order).isInstanceOf(RefundedOrder.class);
		assertThat(order.facts().refunded()).isEqualTo(order.facts().totals().total());
		Order refunded = order;
		assertThatExceptionOfType(TransitionNotAllowed.class)
			.isThrownBy(() -> Transitions.refund(refunded, OrderFixtures.eur(1), OrderFixtures.change("owner")));
	}

	private static void assertValid(Order order) {
		OrderFacts facts = order.facts();
		assertThat(facts.refunded().amountMinor()).isBetween(0L, facts.totals().total().amountMinor());
		assertThat(facts.lines()).allSatisfy((line) -> assertThat(line.fulfilled()).isBetween(0, line.quantity()));
		boolean anyShipped = facts.lines().stream().anyMatch((line) -> line.fulfilled() > 0);
		switch (order) {
			case PendingOrder pending -> assertThat(anyShipped).isFalse();
			case PaidOrder paid -> assertThat(anyShipped).isFalse();
			case PartlyFulfilledOrder partly -> assertThat(anyShipped && !facts.allShipped()).isTrue();
			case FulfilledOrder fulfilled -> assertThat(facts.allShipped()).isTrue();
			case DeliveredOrder delivered -> assertThat(facts.allShipped()).isTrue();
			case CancelledOrder cancelled -> assertThat(anyShipped).isFalse();
			case RefundedOrder refunded -> assertThat(facts.refundable().amountMinor()).isZero();
		}
		assertThat(facts.timeline().getFirst().action()).isEqualTo("placed");
	}

	enum Kind {

		PAY, FULFIL, DELIVER, CANCEL, REFUND,
		// a pending order whose authorization the provider would not void (docs/adr/0104)
		CANCEL_DESPITE_DECLINED_VOID

	}

	record Request(Kind kind, int line, int units, long amount) {

		Order applyTo(Order order) {
			Change change = OrderFixtures.change("staff");
			return switch (this.kind) {
				case PAY -> Transitions.pay(order, change);
				case FULFIL -> Transitions.fulfil(order, Map.of(this.line, this.units), change);
				case DELIVER -> Transitions.deliver(order, change);
				case CANCEL -> Transitions.cancel(order, change);
				case REFUND -> Transitions.refund(order, OrderFixtures.eur(this.amount), change);
				case CANCEL_DESPITE_DECLINED_VOID -> Transitions.cancelWithVoidDeclined(order, "expired", change);
			};
		}

	}

	@Provide
	Arbitrary<List<Request>> requests() {
		Arbitrary<Request> request = Combinators
			.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 4),
					Arbitraries.integers().between(0, 4), Arbitraries.longs().between(0, 5_000))
			.as(Request::new);
		return request.list().ofMinSize(1).ofMaxSize(20);
	}

	@Property
	void aCancellationDespiteADeclinedVoidKeepsTheProvidersRefusalOnTheTimeline(
			@ForAll @Size(max = 600) String refusal) {
		CancelledOrder cancelled = Transitions.cancelWithVoidDeclined(OrderFixtures.aPendingOrder(1), refusal,
				OrderFixtures.change("owner"));

		TimelineEntry last = cancelled.facts().timeline().getLast();
		assertThat(last.action()).isEqualTo("cancelled");
		assertThat(last.detail()).startsWith("authorization not voided: the payment provider declined: ")
			.hasSizeLessThanOrEqualTo(OrderBook.TEXT_MAX);
		assertThat(cancelled.facts().refunded().amountMinor()).isZero();
	}

	@Property
	void aStateWithoutATransitionHasNoMethodForIt() {
		// the compiler is the real test: these lines would not compile
		// pending.fulfil(…), pending.refund(…), paid.deliver(…), cancelled.refund(…)
		assertThat(Fulfillable.class.getPermittedSubclasses()).containsExactlyInAnyOrder(PaidOrder.class,
				PartlyFulfilledOrder.class);
		assertThat(Refundable.class.getPermittedSubclasses()).doesNotContain(PendingOrder.class, CancelledOrder.class,
				RefundedOrder.class);
		assertThat(Cancellable.class.getPermittedSubclasses()).containsExactlyInAnyOrder(PendingOrder.class,
				PaidOrder.class);
		if (List.of(CancelledOrder.class.getDeclaredMethods())
			.stream()
			.anyMatch((method) -> method.getName().matches("pay|fulfil|deliver|cancel|refund"))) {
			fail("a cancelled order has no transitions");
		}
	}

}
