package dev.rustok.runtime.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.schema.tables.records.OrderHeaderRecord;
import dev.rustok.runtime.schema.tables.records.OrderLineRecord;
import dev.rustok.runtime.schema.tables.records.OrderTimelineRecord;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.ORDER_HEADER;
import static dev.rustok.runtime.schema.Tables.ORDER_LINE;
import static dev.rustok.runtime.schema.Tables.ORDER_NUMBER_COUNTER;
import static dev.rustok.runtime.schema.Tables.ORDER_PAYMENT;
import static dev.rustok.runtime.schema.Tables.ORDER_RESERVATION;
import static dev.rustok.runtime.schema.Tables.ORDER_TIMELINE;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

/**
 * Orders in the tenant's own schema (V8's {@code order_*} tables, V18's payments) through
 * {@link TenantDsl}. The order number comes from a one-row counter updated in the order's
 * transaction (docs/adr/0060): concurrent checkouts queue on that row, and a rollback
 * gives the number back. The order is inserted first and numbered last, so that queue is
 * as short as it can be (docs/adr/0103).
 */
@Component
class JooqOrders implements Orders {

	private final TenantDsl dsl;

	JooqOrders(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public void insert(Tenant tenant, UnnumberedOrder order) {
		DSLContext sql = sql(tenant);
		Totals totals = order.totals();
		sql.insertInto(ORDER_HEADER)
			.set(ORDER_HEADER.ID, order.id().value())
			.set(ORDER_HEADER.STATE, OrderStatus.PENDING.code())
			.set(ORDER_HEADER.CURRENCY, totals.currency())
			.set(ORDER_HEADER.SUBTOTAL_MINOR, totals.subtotal().amountMinor())
			.set(ORDER_HEADER.DISCOUNT_MINOR, totals.discount().amountMinor())
			.set(ORDER_HEADER.SHIPPING_MINOR, totals.shipping().amountMinor())
			.set(ORDER_HEADER.TAX_MINOR, totals.tax().amountMinor())
			.set(ORDER_HEADER.TAX_INCLUSIVE, totals.taxInclusive())
			.set(ORDER_HEADER.TOTAL_MINOR, totals.total().amountMinor())
			.set(ORDER_HEADER.REFUNDED_MINOR, 0L)
			.set(ORDER_HEADER.PLACED_AT, stored(order.placedAt()))
			.set(ORDER_HEADER.UPDATED_AT, stored(order.placedAt()))
			.execute();
		for (OrderLine line : order.lines()) {
			sql.insertInto(ORDER_LINE)
				.set(ORDER_LINE.ORDER_ID, order.id().value())
				.set(ORDER_LINE.LINE_NUMBER, line.lineNumber())
				.set(ORDER_LINE.VARIANT_ID, line.variantId().value())
				.set(ORDER_LINE.SKU, line.sku())
				.set(ORDER_LINE.TITLE, line.title())
				.set(ORDER_LINE.UNIT_PRICE_MINOR, line.unitPrice().amountMinor())
				.set(ORDER_LINE.QUANTITY, line.quantity())
				.set(ORDER_LINE.FULFILLED, line.fulfilled())
				.execute();
		}
		for (UUID reservation : order.reservations()) {
			sql.insertInto(ORDER_RESERVATION)
				.set(ORDER_RESERVATION.ORDER_ID, order.id().value())
				.set(ORDER_RESERVATION.RESERVATION_ID, reservation)
				.execute();
		}
		appendTimeline(sql, order.id(), List.of(order.placed()), 0);
	}

	// the counter's lock and the order's number in one round trip; a data-modifying CTE
	// runs exactly once, and if no order has the id the number is taken all the same and
	// fetchSingle fails the transaction, which gives it back
	@Override
	public long number(Tenant tenant, OrderId id) {
		CommonTableExpression<Record1<Long>> next = name("next").as(DSL.update(ORDER_NUMBER_COUNTER)
			.set(ORDER_NUMBER_COUNTER.LAST_NUMBER, ORDER_NUMBER_COUNTER.LAST_NUMBER.plus(1))
			.where(ORDER_NUMBER_COUNTER.ID.eq((short) 1))
			.returningResult(ORDER_NUMBER_COUNTER.LAST_NUMBER));
		return sql(tenant).with(next)
			.update(ORDER_HEADER)
			.set(ORDER_HEADER.ORDER_NUMBER, select(next.field(ORDER_NUMBER_COUNTER.LAST_NUMBER)).from(next))
			.where(ORDER_HEADER.ID.eq(id.value()))
			.returning(ORDER_HEADER.ORDER_NUMBER)
			.fetchSingle(ORDER_HEADER.ORDER_NUMBER);
	}

	@Override
	public Optional<Order> forUpdate(Tenant tenant, OrderId id) {
		return sql(tenant).selectFrom(ORDER_HEADER)
			.where(ORDER_HEADER.ID.eq(id.value()))
			.forUpdate()
			.fetchOptional()
			.map((header) -> order(sql(tenant), header));
	}

	@Override
	public Optional<Order> find(Tenant tenant, OrderId id) {
		return sql(tenant).selectFrom(ORDER_HEADER)
			.where(ORDER_HEADER.ID.eq(id.value()))
			.fetchOptional()
			.map((header) -> order(sql(tenant), header));
	}

	@Override
	public Optional<String> placedBy(Tenant tenant, OrderId id) {
		return sql(tenant).select(ORDER_TIMELINE.ACTOR)
			.from(ORDER_TIMELINE)
			.where(ORDER_TIMELINE.ORDER_ID.eq(id.value()), ORDER_TIMELINE.SEQ.eq(1))
			.fetchOptional(ORDER_TIMELINE.ACTOR);
	}

	@Override
	public void update(Tenant tenant, Order before, Order after) {
		DSLContext sql = sql(tenant);
		OrderFacts facts = after.facts();
		Instant changedAt = facts.timeline().getLast().at();
		sql.update(ORDER_HEADER)
			.set(ORDER_HEADER.STATE, after.status().code())
			.set(ORDER_HEADER.REFUNDED_MINOR, facts.refunded().amountMinor())
			.set(ORDER_HEADER.UPDATED_AT, stored(changedAt))
			.where(ORDER_HEADER.ID.eq(facts.id().value()))
			.execute();
		List<OrderLine> old = before.facts().lines();
		for (OrderLine line : facts.lines()) {
			if (line.fulfilled() != old.get(line.lineNumber() - 1).fulfilled()) {
				sql.update(ORDER_LINE)
					.set(ORDER_LINE.FULFILLED, line.fulfilled())
					.where(ORDER_LINE.ORDER_ID.eq(facts.id().value()), ORDER_LINE.LINE_NUMBER.eq(line.lineNumber()))
					.execute();
			}
		}
		appendTimeline(sql, facts.id(), facts.timeline(), before.facts().timeline().size());
	}

	@Override
	public Optional<ProviderPayment> payment(Tenant tenant, OrderId id) {
		return sql(tenant).selectFrom(ORDER_PAYMENT)
			.where(ORDER_PAYMENT.ORDER_ID.eq(id.value()))
			.fetchOptional((row) -> new ProviderPayment(row.getProvider(), row.getReference(), row.getCaptured()));
	}

	@Override
	public void recordPayment(Tenant tenant, OrderId id, ProviderPayment payment, Instant at) {
		sql(tenant).insertInto(ORDER_PAYMENT)
			.set(ORDER_PAYMENT.ORDER_ID, id.value())
			.set(ORDER_PAYMENT.PROVIDER, payment.provider())
			.set(ORDER_PAYMENT.REFERENCE, payment.reference())
			.set(ORDER_PAYMENT.CAPTURED, payment.captured())
			.set(ORDER_PAYMENT.RECORDED_AT, stored(at))
			.onConflict(ORDER_PAYMENT.ORDER_ID)
			.doUpdate()
			.set(ORDER_PAYMENT.PROVIDER, payment.provider())
			.set(ORDER_PAYMENT.REFERENCE, payment.reference())
			.set(ORDER_PAYMENT.CAPTURED, payment.captured())
			.set(ORDER_PAYMENT.RECORDED_AT, stored(at))
			.execute();
	}

	@Override
	public List<OrderSummary> list(Tenant tenant, Optional<OrderStatus> state, Long beforeNumber, int limit) {
		Condition inState = state.map((status) -> ORDER_HEADER.STATE.eq(status.code())).orElse(noCondition());
		Condition before = (beforeNumber != null) ? ORDER_HEADER.ORDER_NUMBER.lt(beforeNumber) : noCondition();
		return sql(tenant).selectFrom(ORDER_HEADER)
			.where(inState, before)
			.orderBy(ORDER_HEADER.ORDER_NUMBER.desc())
			.limit(limit)
			.fetch((header) -> new OrderSummary(new OrderId(header.getId()), header.getOrderNumber(), status(header),
					new Money(header.getTotalMinor(), header.getCurrency()),
					new Money(header.getRefundedMinor(), header.getCurrency()), header.getPlacedAt().toInstant()));
	}

	private static void appendTimeline(DSLContext sql, OrderId id, List<TimelineEntry> timeline, int alreadyStored) {
		for (int i = alreadyStored; i < timeline.size(); i++) {
			TimelineEntry entry = timeline.get(i);
			sql.insertInto(ORDER_TIMELINE)
				.set(ORDER_TIMELINE.ORDER_ID, id.value())
				.set(ORDER_TIMELINE.SEQ, i + 1)
				.set(ORDER_TIMELINE.HAPPENED_AT, stored(entry.at()))
				.set(ORDER_TIMELINE.ACTOR, entry.actor())
				.set(ORDER_TIMELINE.ACTION, entry.action())
				.set(ORDER_TIMELINE.STATE, entry.status().code())
				.set(ORDER_TIMELINE.DETAIL, entry.detail())
				.set(ORDER_TIMELINE.REASON, entry.reason())
				.execute();
		}
	}

	@Override
	public Map<OrderId, Order> findAll(Tenant tenant, Collection<OrderId> ids) {
		DSLContext sql = sql(tenant);
		List<UUID> keys = ids.stream().map(OrderId::value).distinct().toList();
		Map<UUID, OrderHeaderRecord> headers = sql.selectFrom(ORDER_HEADER)
			.where(ORDER_HEADER.ID.in(keys))
			.fetchMap(ORDER_HEADER.ID);
		Map<UUID, Result<OrderLineRecord>> lines = sql.selectFrom(ORDER_LINE)
			.where(ORDER_LINE.ORDER_ID.in(keys))
			.orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NUMBER)
			.fetchGroups(ORDER_LINE.ORDER_ID);
		Map<UUID, List<UUID>> reservations = sql.select(ORDER_RESERVATION.ORDER_ID, ORDER_RESERVATION.RESERVATION_ID)
			.from(ORDER_RESERVATION)
			.where(ORDER_RESERVATION.ORDER_ID.in(keys))
			.orderBy(ORDER_RESERVATION.ORDER_ID, ORDER_RESERVATION.RESERVATION_ID)
			.fetchGroups(ORDER_RESERVATION.ORDER_ID, ORDER_RESERVATION.RESERVATION_ID);
		Map<UUID, Result<OrderTimelineRecord>> timelines = sql.selectFrom(ORDER_TIMELINE)
			.where(ORDER_TIMELINE.ORDER_ID.in(keys))
			.orderBy(ORDER_TIMELINE.ORDER_ID, ORDER_TIMELINE.SEQ)
			.fetchGroups(ORDER_TIMELINE.ORDER_ID);
		Map<OrderId, Order> orders = new LinkedHashMap<>();
		headers.forEach((id, header) -> orders.put(new OrderId(id),
				order(header, of(lines, id), of(reservations, id), of(timelines, id))));
		return orders;
	}

	private static <T> List<T> of(Map<UUID, ? extends List<T>> rows, UUID id) {
		List<T> found = rows.get(id);
		return (found != null) ? found : List.of();
	}

	private static Order order(DSLContext sql, OrderHeaderRecord header) {
		UUID id = header.getId();
		List<OrderLineRecord> lines = sql.selectFrom(ORDER_LINE)
			.where(ORDER_LINE.ORDER_ID.eq(id))
			.orderBy(ORDER_LINE.LINE_NUMBER)
			.fetch();
		List<UUID> reservations = sql.select(ORDER_RESERVATION.RESERVATION_ID)
			.from(ORDER_RESERVATION)
			.where(ORDER_RESERVATION.ORDER_ID.eq(id))
			.orderBy(ORDER_RESERVATION.RESERVATION_ID)
			.fetch(ORDER_RESERVATION.RESERVATION_ID);
		List<OrderTimelineRecord> timeline = sql.selectFrom(ORDER_TIMELINE)
			.where(ORDER_TIMELINE.ORDER_ID.eq(id))
			.orderBy(ORDER_TIMELINE.SEQ)
			.fetch();
		return order(header, lines, reservations, timeline);
	}

	private static Order order(OrderHeaderRecord header, List<OrderLineRecord> lineRows, List<UUID> reservations,
			List<OrderTimelineRecord> timelineRows) {
		String currency = header.getCurrency();
		UUID id = header.getId();
		List<OrderLine> lines = lineRows.stream()
			.map((line) -> new OrderLine(line.getLineNumber(), new VariantId(line.getVariantId()), line.getSku(),
					line.getTitle(), new Money(line.getUnitPriceMinor(), currency), line.getQuantity(),
					line.getFulfilled()))
			.toList();
		List<TimelineEntry> timeline = timelineRows.stream()
			.map((entry) -> new TimelineEntry(entry.getHappenedAt().toInstant(), entry.getActor(), entry.getAction(),
					OrderStatus.ofCode(entry.getState()).orElseThrow(), entry.getDetail(), entry.getReason()))
			.toList();
		Totals totals = new Totals(new Money(header.getSubtotalMinor(), currency),
				new Money(header.getDiscountMinor(), currency), new Money(header.getShippingMinor(), currency),
				new Money(header.getTaxMinor(), currency), header.getTaxInclusive(),
				new Money(header.getTotalMinor(), currency));
		OrderFacts facts = new OrderFacts(new OrderId(id), header.getOrderNumber(), lines, totals,
				new Money(header.getRefundedMinor(), currency), reservations, timeline,
				header.getPlacedAt().toInstant());
		return switch (status(header)) {
			case PENDING -> new PendingOrder(facts);
			case PAID -> new PaidOrder(facts);
			case PARTIALLY_FULFILLED -> new PartlyFulfilledOrder(facts);
			case FULFILLED -> new FulfilledOrder(facts);
			case DELIVERED -> new DeliveredOrder(facts);
			case CANCELLED -> new CancelledOrder(facts);
			case REFUNDED -> new RefundedOrder(facts);
		};
	}

	private static OrderStatus status(OrderHeaderRecord header) {
		return OrderStatus.ofCode(header.getState())
			.orElseThrow(() -> new IllegalStateException("unknown order state " + header.getState()));
	}

	private static OffsetDateTime stored(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private DSLContext sql(Tenant tenant) {
		return this.dsl.of(tenant);
	}

}
