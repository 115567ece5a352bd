package dev.rustok.runtime.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.events.OrderEvent;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.Reservation;
import dev.rustok.runtime.inventory.ReservationId;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of orders (docs/adr/0058, 0060): checkout places an order, staff and payments
 * move it through its states. Every call names its tenant and is one transaction; a
 * transition locks the order, records who, when and why on its timeline, and publishes an
 * {@link OrderEvent} in that transaction. A transition the order's state does not allow
 * is {@link TransitionNotAllowed} (409 with the current state) and changes nothing.
 */
@Service
@Transactional
public class OrderBook {

	static final int PAGE_MAX = 100;

	static final int TEXT_MAX = 500;

	private final Orders orders;

	private final Inventory inventory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Autowired
	OrderBook(Orders orders, Inventory inventory, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.orders = orders;
		this.inventory = inventory;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Places a pending order with the shop's next number, keeping the stock checkout
	 * reserved for it until it is paid (committed) or cancelled (released):
	 * {@link #prepare} then {@link #number}, for a caller with nothing else to write.
	 * @throws InvalidInput naming {@code lines} (none, or in another currency than the
	 * totals) or {@code totals} (a subtotal that is not the lines' sum)
	 */
	public PendingOrder place(Tenant tenant, NewOrder order) {
		return number(tenant, prepare(tenant, order));
	}

	/**
	 * Stores a pending order without its number: the caller writes what else its
	 * transaction changes, then calls {@link #number} last, so the shop's order-number
	 * counter is locked only for the end of the transaction (docs/adr/0103). The database
	 * refuses to commit an order left without a number.
	 * @throws InvalidInput as {@link #place} does
	 */
	public UnnumberedOrder prepare(Tenant tenant, NewOrder order) {
		checkPriced(order);
		List<OrderLine> lines = new ArrayList<>();
		for (PricedLine line : order.lines()) {
			lines.add(new OrderLine(lines.size() + 1, line.variantId(), line.sku(), line.title(), line.unitPrice(),
					line.quantity(), 0));
		}
		List<UUID> held = order.reservations()
			.stream()
			.filter(Reservation.Held.class::isInstance)
			.map((reservation) -> ((Reservation.Held) reservation).id().value())
			.toList();
		Instant now = now();
		UnnumberedOrder unnumbered = new UnnumberedOrder(OrderId.random(), lines, order.totals(), held,
				Order.placing(order.totals(), new Change(order.placedBy(), "", now)), now);
		this.orders.insert(tenant, unnumbered);
		return unnumbered;
	}

	/**
	 * Gives a prepared order the shop's next number and publishes
	 * {@link OrderEvent.OrderPlaced}. The counter stays locked until the transaction
	 * ends: what follows should be only the writes that carry the number (docs/adr/0103).
	 */
	public PendingOrder number(Tenant tenant, UnnumberedOrder order) {
		PendingOrder placed = order.numbered(this.orders.number(tenant, order.id()));
		OrderFacts facts = placed.facts();
		this.events.publishEvent(new OrderEvent.OrderPlaced(tenant.id(), facts.id().value(), facts.number(),
				version(placed), facts.totals().total()));
		return placed;
	}

	/**
	 * @throws ResourceNotFound when the shop has no such order
	 */
	@Transactional(readOnly = true)
	public Order order(Tenant tenant, OrderId id) {
		return this.orders.find(tenant, id).orElseThrow(() -> notFound(id));
	}

	/**
	 * Who placed the order (the actor of its first timeline entry, {@code checkout} or
	 * {@code customer:<subject>}), in one lookup: listeners of
	 * {@link OrderEvent.OrderPlaced} run while the shop's order-number counter is locked
	 * (docs/adr/0103).
	 * @throws ResourceNotFound when the shop has no such order
	 */
	@Transactional(readOnly = true)
	public String placedBy(Tenant tenant, OrderId id) {
		return this.orders.placedBy(tenant, id).orElseThrow(() -> notFound(id));
	}

	/**
	 * The shop's orders among {@code ids}, loaded together (GraphQL's batched fields, so
	 * a page of orders costs the same statements as one); ids it has not are left out.
	 */
	@Transactional(readOnly = true)
	public Map<OrderId, Order> orders(Tenant tenant, Collection<OrderId> ids) {
		return ids.isEmpty() ? Map.of() : this.orders.findAll(tenant, ids);
	}

	/**
	 * The shop's orders, newest first, optionally in one state.
	 * @param after the {@code next} of the previous page, or {@code null}
	 * @param limit 1 to {@value #PAGE_MAX}
	 */
	@Transactional(readOnly = true)
	public OrderPage list(Tenant tenant, Optional<OrderStatus> state, String after, int limit) {
		if (limit < 1 || limit > PAGE_MAX) {
			throw new InvalidInput(List.of(new FieldProblem("limit", "must be between 1 and " + PAGE_MAX)));
		}
		Long before = (after != null) ? OrderCursor.decode(after).number() : null;
		List<OrderSummary> rows = this.orders.list(tenant, state, before, limit + 1);
		List<OrderSummary> page = rows.subList(0, Math.min(limit, rows.size()));
		String next = (rows.size() > limit) ? new OrderCursor(page.getLast().number()).encoded() : null;
		return new OrderPage(List.copyOf(page), next);
	}

	/** The payment was taken: the reserved stock is sold. */
	public Order pay(Tenant tenant, OrderId id, String actor, String reason) {
		return transition(tenant, id, actor, reason, (order, change) -> Transitions.pay(order, change), (after) -> {
			after.facts().reservations().forEach((held) -> this.inventory.commit(tenant, new ReservationId(held)));
			return new OrderEvent.Paid(tenant.id(), id.value(), after.facts().number(), version(after),
					after.facts().totals().total());
		});
	}

	/** Ships units of some lines, by line number. */
	public Order fulfil(Tenant tenant, OrderId id, Map<Integer, Integer> units, String actor, String reason) {
		return transition(tenant, id, actor, reason, (order, change) -> Transitions.fulfil(order, units, change),
				(after) -> new OrderEvent.Fulfilled(tenant.id(), id.value(), after.facts().number(), version(after),
						Map.copyOf(units), after instanceof FulfilledOrder));
	}

	public Order deliver(Tenant tenant, OrderId id, String actor, String reason) {
		return transition(tenant, id, actor, reason, (order, change) -> Transitions.deliver(order, change),
				(after) -> new OrderEvent.Delivered(tenant.id(), id.value(), after.facts().number(), version(after)));
	}

	/**
	 * Cancels an order nothing of which has shipped: a pending order's stock is released,
	 * a paid one is refunded in full.
	 */
	public Order cancel(Tenant tenant, OrderId id, String actor, String reason) {
		return cancelled(tenant, locked(tenant, id), actor, reason, Transitions::cancel);
	}

	private Order cancelled(Tenant tenant, Order before, String actor, String reason, Step step) {
		OrderId id = before.facts().id();
		Order after = apply(tenant, before, actor, reason, step);
		if (before instanceof PendingOrder) {
			before.facts().reservations().forEach((held) -> this.inventory.release(tenant, new ReservationId(held)));
		}
		Money refunded = new Money(after.facts().refunded().amountMinor() - before.facts().refunded().amountMinor(),
				after.facts().totals().currency());
		this.events.publishEvent(
				new OrderEvent.Cancelled(tenant.id(), id.value(), after.facts().number(), version(after), refunded));
		return after;
	}

	/** Pays back part or all of what is left to refund. */
	public Order refund(Tenant tenant, OrderId id, Money amount, String actor, String reason) {
		return transition(tenant, id, actor, reason, (order, change) -> Transitions.refund(order, amount, change),
				(after) -> new OrderEvent.Refunded(tenant.id(), id.value(), after.facts().number(), version(after),
						amount, after instanceof RefundedOrder));
	}

	/**
	 * Keeps the provider's payment behind a pending or paid order (checkout, after the
	 * provider approved), so that refunds and cancellations go back through it
	 * (docs/adr/0095).
	 * @throws ResourceNotFound when the shop has no such order
	 */
	public void recordPayment(Tenant tenant, OrderId id, ProviderPayment payment) {
		this.orders.find(tenant, id).orElseThrow(() -> notFound(id));
		this.orders.recordPayment(tenant, id, payment, now());
	}

	/** The provider's payment behind the order, if it was paid through one. */
	@Transactional(readOnly = true)
	public Optional<ProviderPayment> payment(Tenant tenant, OrderId id) {
		return this.orders.payment(tenant, id);
	}

	/**
	 * As {@link #refund}, recorded only if the order is as {@code seen} left it (same
	 * state, same refunds): the provider was asked outside any transaction, and a refund
	 * recorded meanwhile would make this one count twice.
	 */
	Order refund(Tenant tenant, OrderId id, Money amount, String actor, String reason, Order seen) {
		Order before = unchangedSince(tenant, seen);
		Order after = apply(tenant, before, actor, reason,
				(order, change) -> Transitions.refund(order, amount, change));
		this.events.publishEvent(new OrderEvent.Refunded(tenant.id(), id.value(), after.facts().number(),
				version(after), amount, after instanceof RefundedOrder));
		return after;
	}

	/** As {@link #cancel}, only if the order is as {@code seen} left it. */
	Order cancel(Tenant tenant, OrderId id, String actor, String reason, Order seen) {
		return cancelled(tenant, unchangedSince(tenant, seen), actor, reason, Transitions::cancel);
	}

	/**
	 * As {@link #cancel} of a pending order whose authorization the provider refused to
	 * void, on staff's explicit choice (docs/adr/0104): its stock is released and its
	 * timeline says the authorization was not voided, and why; only if the order is as
	 * {@code seen} left it.
	 */
	Order cancelWithVoidDeclined(Tenant tenant, String actor, String reason, Order seen, String refusal) {
		return cancelled(tenant, unchangedSince(tenant, seen), actor, reason,
				(order, change) -> Transitions.cancelWithVoidDeclined(order, refusal, change));
	}

	/**
	 * What a transition would do to {@code order}, without storing anything: its checks
	 * (the state, the amount, the actor and reason) run before a provider is asked.
	 */
	static Order tryOut(Order order, String actor, String reason, Step step) {
		return step.apply(order,
				new Change(shortened(actor, "actor", 200), shortened(reason, "reason", TEXT_MAX), Instant.EPOCH));
	}

	private Order unchangedSince(Tenant tenant, Order seen) {
		Order now = locked(tenant, seen.facts().id());
		if (now.status() != seen.status() || Refunds.count(now.facts()) != Refunds.count(seen.facts())) {
			throw new ResourceConflict(new FieldProblem("state", "is " + now.status().code()
					+ ": the order changed while the payment provider was asked; look at it again"));
		}
		return now;
	}

	private Order transition(Tenant tenant, OrderId id, String actor, String reason, Step step,
			java.util.function.Function<Order, OrderEvent> effects) {
		Order after = apply(tenant, locked(tenant, id), actor, reason, step);
		this.events.publishEvent(effects.apply(after));
		return after;
	}

	private Order apply(Tenant tenant, Order before, String actor, String reason, Step step) {
		Order after = step.apply(before,
				new Change(shortened(actor, "actor", 200), shortened(reason, "reason", TEXT_MAX), now()));
		this.orders.update(tenant, before, after);
		return after;
	}

	private Order locked(Tenant tenant, OrderId id) {
		return this.orders.forUpdate(tenant, id).orElseThrow(() -> notFound(id));
	}

	private static void checkPriced(NewOrder order) {
		if (order.lines().isEmpty()) {
			throw new InvalidInput(List.of(new FieldProblem("lines", "must have at least one line")));
		}
		String currency = order.totals().currency();
		if (order.lines().stream().anyMatch((line) -> !line.unitPrice().currency().equals(currency))) {
			throw new InvalidInput(
					List.of(new FieldProblem("lines", "must all be in the totals' currency " + currency)));
		}
		long sum = order.lines().stream().mapToLong(PricedLine::amountMinor).sum();
		if (sum != order.totals().subtotal().amountMinor()) {
			throw new InvalidInput(List.of(new FieldProblem("totals", "the subtotal is not the sum of the lines")));
		}
	}

	// every transition appends one timeline entry: its length is the order's version,
	// which the outbox keeps per aggregate (docs/adr/0084)
	private static int version(Order order) {
		return order.facts().timeline().size();
	}

	private static String shortened(String text, String field, int max) {
		if (text == null) {
			return "";
		}
		if (text.codePoints().anyMatch((c) -> Character.isISOControl(c) && c != '\n')) {
			throw new InvalidInput(List.of(new FieldProblem(field, "must not contain control characters")));
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw new InvalidInput(List.of(new FieldProblem(field, "must be at most " + max + " characters")));
		}
		return text;
	}

	private static ResourceNotFound notFound(OrderId id) {
		return new ResourceNotFound("This shop has no order " + id);
	}

	private Instant now() {
		// PostgreSQL keeps microseconds: the same instant in memory and stored
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	@FunctionalInterface
	interface Step {

		Order apply(Order order, Change change);

	}

}
