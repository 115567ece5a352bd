package dev.rustok.runtime.cart;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.schema.tables.records.CartRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;
import org.jooq.SelectConditionStep;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CART;
import static dev.rustok.runtime.schema.Tables.CART_LINE;

/** Carts in V12's {@code cart} tables of the tenant's own schema. */
@Component
class JooqCarts implements CartStore {

	private static final String OPEN = "open";

	private final TenantDsl dsl;

	JooqCarts(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public void insert(Tenant tenant, Cart cart, Instant now) {
		sql(tenant).insertInto(CART)
			.set(CART.ID, cart.id().value())
			.set(CART.CURRENCY, cart.currency())
			.set(CART.CUSTOMER_ID, cart.customerId())
			.set(CART.STATE, OPEN)
			.set(CART.REVISION, cart.revision())
			.set(CART.CREATED_AT, stored(now))
			.set(CART.UPDATED_AT, stored(now))
			.set(CART.EXPIRES_AT, stored(cart.expiresAt()))
			.execute();
	}

	@Override
	public boolean insertOfCustomer(Tenant tenant, Cart cart, Instant now) {
		DSLContext sql = sql(tenant);
		// an expired cart still holds the customer's place in V12's unique index of open
		// carts until the sweep deletes it
		sql.deleteFrom(CART)
			.where(CART.CUSTOMER_ID.eq(cart.customerId()), CART.STATE.eq(OPEN), CART.EXPIRES_AT.le(stored(now)))
			.execute();
		// waits for a concurrent insert of the same customer and then does nothing
		return sql.insertInto(CART)
			.set(CART.ID, cart.id().value())
			.set(CART.CURRENCY, cart.currency())
			.set(CART.CUSTOMER_ID, cart.customerId())
			.set(CART.STATE, OPEN)
			.set(CART.REVISION, cart.revision())
			.set(CART.CREATED_AT, stored(now))
			.set(CART.UPDATED_AT, stored(now))
			.set(CART.EXPIRES_AT, stored(cart.expiresAt()))
			.onConflictDoNothing()
			.execute() == 1;
	}

	@Override
	public Optional<Cart> openForUpdate(Tenant tenant, CartId id, Instant now) {
		return openWhere(tenant, id, now).forUpdate().fetchOptional().map((row) -> cart(tenant, row));
	}

	@Override
	public Optional<Cart> open(Tenant tenant, CartId id, Instant now) {
		return openWhere(tenant, id, now).fetchOptional().map((row) -> cart(tenant, row));
	}

	@Override
	public Optional<Cart> openOfCustomer(Tenant tenant, String customerId, Instant now) {
		return sql(tenant).selectFrom(CART)
			.where(CART.CUSTOMER_ID.eq(customerId), CART.STATE.eq(OPEN), CART.EXPIRES_AT.gt(stored(now)))
			.fetchOptional()
			.map((row) -> cart(tenant, row));
	}

	@Override
	public Optional<String> ownerOf(Tenant tenant, CartId id) {
		return sql(tenant).select(CART.CUSTOMER_ID)
			.from(CART)
			.where(CART.ID.eq(id.value()))
			.fetchOptional(CART.CUSTOMER_ID);
	}

	@Override
	public void setLine(Tenant tenant, CartId id, VariantId variant, int quantity, Instant now, Instant expiresAt) {
		DSLContext sql = sql(tenant);
		if (quantity == 0) {
			sql.deleteFrom(CART_LINE)
				.where(CART_LINE.CART_ID.eq(id.value()), CART_LINE.VARIANT_ID.eq(variant.value()))
				.execute();
		}
		else {
			sql.insertInto(CART_LINE)
				.set(CART_LINE.CART_ID, id.value())
				.set(CART_LINE.VARIANT_ID, variant.value())
				.set(CART_LINE.QUANTITY, quantity)
				.set(CART_LINE.ADDED_AT, stored(now))
				.onConflict(CART_LINE.CART_ID, CART_LINE.VARIANT_ID)
				.doUpdate()
				.set(CART_LINE.QUANTITY, quantity)
				.execute();
		}
		sql.update(CART)
			.set(CART.REVISION, CART.REVISION.plus(1))
			.set(CART.UPDATED_AT, stored(now))
			.set(CART.EXPIRES_AT, stored(expiresAt))
			.where(CART.ID.eq(id.value()))
			.execute();
	}

	@Override
	public void close(Tenant tenant, CartId id, String state, Instant now) {
		sql(tenant).update(CART)
			.set(CART.STATE, state)
			.set(CART.UPDATED_AT, stored(now))
			.where(CART.ID.eq(id.value()))
			.execute();
	}

	@Override
	public int deleteExpired(Tenant tenant, Instant now, int limit) {
		DSLContext sql = sql(tenant);
		return sql.deleteFrom(CART)
			.where(CART.ID.in(sql.select(CART.ID)
				.from(CART)
				.where(CART.STATE.eq(OPEN), CART.EXPIRES_AT.le(stored(now)))
				.limit(limit)))
			.execute();
	}

	private SelectConditionStep<CartRecord> openWhere(Tenant tenant, CartId id, Instant now) {
		return sql(tenant).selectFrom(CART)
			.where(CART.ID.eq(id.value()), CART.STATE.eq(OPEN), CART.EXPIRES_AT.gt(stored(now)));
	}

	private Cart cart(Tenant tenant, CartRecord row) {
		List<CartLine> lines = sql(tenant).selectFrom(CART_LINE)
			.where(CART_LINE.CART_ID.eq(row.getId()))
			.orderBy(CART_LINE.ADDED_AT, CART_LINE.VARIANT_ID)
			.fetch((line) -> new CartLine(new VariantId(line.getVariantId()), line.getQuantity()));
		return new Cart(new CartId(row.getId()), row.getCurrency(), row.getCustomerId(), row.getRevision(),
				row.getExpiresAt().toInstant(), lines);
	}

	private static OffsetDateTime stored(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private DSLContext sql(Tenant tenant) {
		return this.dsl.of(tenant);
	}

}
