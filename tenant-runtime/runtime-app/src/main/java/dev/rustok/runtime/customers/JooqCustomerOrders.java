package dev.rustok.runtime.customers;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.schema.tables.records.CustomerOrderRecord;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CUSTOMER_ORDER;
import static org.jooq.impl.DSL.noCondition;

/** V14's {@code customer_order} through {@link TenantDsl}. */
@Component
class JooqCustomerOrders implements CustomerOrders {

	private final TenantDsl dsl;

	JooqCustomerOrders(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public void link(Tenant tenant, CustomerSubject subject, CustomerOrder order) {
		sql(tenant).insertInto(CUSTOMER_ORDER)
			.set(CUSTOMER_ORDER.ORDER_ID, order.orderId())
			.set(CUSTOMER_ORDER.SUBJECT, subject.value())
			.set(CUSTOMER_ORDER.ORDER_NUMBER, order.number())
			.set(CUSTOMER_ORDER.STATE, order.state())
			.set(CUSTOMER_ORDER.CURRENCY, order.total().currency())
			.set(CUSTOMER_ORDER.TOTAL_MINOR, order.total().amountMinor())
			.set(CUSTOMER_ORDER.PLACED_AT, order.placedAt().atOffset(ZoneOffset.UTC))
			.onConflictDoNothing()
			.execute();
	}

	@Override
	public boolean isLinked(Tenant tenant, UUID orderId) {
		return sql(tenant).fetchExists(CUSTOMER_ORDER, CUSTOMER_ORDER.ORDER_ID.eq(orderId));
	}

	@Override
	public void changeState(Tenant tenant, UUID orderId, String state) {
		sql(tenant).update(CUSTOMER_ORDER)
			.set(CUSTOMER_ORDER.STATE, state)
			.where(CUSTOMER_ORDER.ORDER_ID.eq(orderId))
			.execute();
	}

	@Override
	public List<CustomerOrder> list(Tenant tenant, CustomerSubject subject, Long before, int limit) {
		Condition page = (before != null) ? CUSTOMER_ORDER.ORDER_NUMBER.lt(before) : noCondition();
		return sql(tenant).selectFrom(CUSTOMER_ORDER)
			.where(CUSTOMER_ORDER.SUBJECT.eq(subject.value()))
			.and(page)
			.orderBy(CUSTOMER_ORDER.ORDER_NUMBER.desc())
			.limit(limit)
			.fetch(JooqCustomerOrders::order);
	}

	@Override
	public boolean belongsTo(Tenant tenant, CustomerSubject subject, UUID orderId) {
		return sql(tenant).fetchExists(CUSTOMER_ORDER,
				CUSTOMER_ORDER.ORDER_ID.eq(orderId).and(CUSTOMER_ORDER.SUBJECT.eq(subject.value())));
	}

	private static CustomerOrder order(CustomerOrderRecord row) {
		return new CustomerOrder(row.getOrderId(), row.getOrderNumber(), row.getState(),
				new Money(row.getTotalMinor(), row.getCurrency()), row.getPlacedAt().toInstant());
	}

	private DSLContext sql(Tenant tenant) {
		return this.dsl.of(tenant);
	}

}
