package dev.rustok.runtime.checkout;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.schema.tables.records.CheckoutRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CHECKOUT;
import static dev.rustok.runtime.schema.Tables.CHECKOUT_RESERVATION;

/** Checkouts in V12's {@code checkout} tables of the tenant's own schema. */
@Component
class JooqCheckouts implements CheckoutStore {

	private final TenantDsl dsl;

	JooqCheckouts(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<StoredCheckout> forUpdate(Tenant tenant, CartId cart) {
		return sql(tenant).selectFrom(CHECKOUT)
			.where(CHECKOUT.CART_ID.eq(cart.value()))
			.forUpdate()
			.fetchOptional()
			.map((row) -> checkout(tenant, row));
	}

	@Override
	public Optional<StoredCheckout> find(Tenant tenant, CartId cart) {
		return sql(tenant).selectFrom(CHECKOUT)
			.where(CHECKOUT.CART_ID.eq(cart.value()))
			.fetchOptional()
			.map((row) -> checkout(tenant, row));
	}

	@Override
	public CartId cartOf(Tenant tenant, UUID checkout) {
		return new CartId(sql(tenant).select(CHECKOUT.CART_ID)
			.from(CHECKOUT)
			.where(CHECKOUT.ID.eq(checkout))
			.fetchSingle(CHECKOUT.CART_ID));
	}

	@Override
	public boolean keyUsed(Tenant tenant, String idempotencyKey) {
		return sql(tenant).fetchExists(CHECKOUT, CHECKOUT.IDEMPOTENCY_KEY.eq(idempotencyKey));
	}

	@Override
	public void save(Tenant tenant, StoredCheckout checkout, Instant now) {
		DSLContext sql = sql(tenant);
		Address address = checkout.address();
		sql.insertInto(CHECKOUT)
			.set(CHECKOUT.ID, checkout.id())
			.set(CHECKOUT.CART_ID, checkout.cartId().value())
			.set(CHECKOUT.STATE, StoredCheckout.OPEN)
			.set(CHECKOUT.CART_REVISION, checkout.cartRevision())
			.set(CHECKOUT.EMAIL, checkout.contact().email())
			.set(CHECKOUT.FULL_NAME, address.fullName())
			.set(CHECKOUT.ADDRESS_LINE1, address.line1())
			.set(CHECKOUT.ADDRESS_LINE2, address.line2())
			.set(CHECKOUT.CITY, address.city())
			.set(CHECKOUT.POSTAL_CODE, address.postalCode())
			.set(CHECKOUT.COUNTRY, address.country())
			.set(CHECKOUT.REGION, address.region())
			.set(CHECKOUT.SHIPPING_METHOD, checkout.shippingMethod())
			.set(CHECKOUT.DISCOUNT_CODE, checkout.discountCode())
			.set(CHECKOUT.CREATED_AT, stored(now))
			.set(CHECKOUT.UPDATED_AT, stored(now))
			.set(CHECKOUT.EXPIRES_AT, stored(checkout.expiresAt()))
			.onConflict(CHECKOUT.CART_ID)
			.doUpdate()
			.set(CHECKOUT.CART_REVISION, checkout.cartRevision())
			.set(CHECKOUT.EMAIL, checkout.contact().email())
			.set(CHECKOUT.FULL_NAME, address.fullName())
			.set(CHECKOUT.ADDRESS_LINE1, address.line1())
			.set(CHECKOUT.ADDRESS_LINE2, address.line2())
			.set(CHECKOUT.CITY, address.city())
			.set(CHECKOUT.POSTAL_CODE, address.postalCode())
			.set(CHECKOUT.COUNTRY, address.country())
			.set(CHECKOUT.REGION, address.region())
			.set(CHECKOUT.UPDATED_AT, stored(now))
			.set(CHECKOUT.EXPIRES_AT, stored(checkout.expiresAt()))
			.execute();
		replaceReservations(sql, checkout.id(), checkout.reservations());
	}

	@Override
	public void choose(Tenant tenant, UUID checkout, String shippingMethod, String discountCode, Instant now) {
		sql(tenant).update(CHECKOUT)
			.set(CHECKOUT.SHIPPING_METHOD, shippingMethod)
			.set(CHECKOUT.DISCOUNT_CODE, discountCode)
			.set(CHECKOUT.UPDATED_AT, stored(now))
			.where(CHECKOUT.ID.eq(checkout))
			.execute();
	}

	@Override
	public void hold(Tenant tenant, UUID checkout, List<UUID> reservations) {
		replaceReservations(sql(tenant), checkout, reservations);
	}

	@Override
	public void complete(Tenant tenant, UUID checkout, String idempotencyKey, UUID orderId, long orderNumber,
			Instant now) {
		sql(tenant).update(CHECKOUT)
			.set(CHECKOUT.STATE, StoredCheckout.COMPLETED)
			.set(CHECKOUT.IDEMPOTENCY_KEY, idempotencyKey)
			.set(CHECKOUT.ORDER_ID, orderId)
			.set(CHECKOUT.ORDER_NUMBER, orderNumber)
			.set(CHECKOUT.UPDATED_AT, stored(now))
			.where(CHECKOUT.ID.eq(checkout))
			.execute();
	}

	@Override
	public void paymentState(Tenant tenant, UUID checkout, PaymentState state, Instant now) {
		sql(tenant).update(CHECKOUT)
			.set(CHECKOUT.PAYMENT_STATE, state.code())
			.set(CHECKOUT.UPDATED_AT, stored(now))
			.where(CHECKOUT.ID.eq(checkout))
			.execute();
	}

	private static void replaceReservations(DSLContext sql, UUID checkout, List<UUID> reservations) {
		sql.deleteFrom(CHECKOUT_RESERVATION).where(CHECKOUT_RESERVATION.CHECKOUT_ID.eq(checkout)).execute();
		for (UUID reservation : reservations) {
			sql.insertInto(CHECKOUT_RESERVATION)
				.set(CHECKOUT_RESERVATION.CHECKOUT_ID, checkout)
				.set(CHECKOUT_RESERVATION.RESERVATION_ID, reservation)
				.execute();
		}
	}

	private StoredCheckout checkout(Tenant tenant, CheckoutRecord row) {
		List<UUID> reservations = sql(tenant).select(CHECKOUT_RESERVATION.RESERVATION_ID)
			.from(CHECKOUT_RESERVATION)
			.where(CHECKOUT_RESERVATION.CHECKOUT_ID.eq(row.getId()))
			.fetch(CHECKOUT_RESERVATION.RESERVATION_ID);
		Address address = new Address(row.getFullName(), row.getAddressLine1(), row.getAddressLine2(), row.getCity(),
				row.getPostalCode(), row.getCountry(), row.getRegion());
		return new StoredCheckout(row.getId(), new CartId(row.getCartId()), row.getState(), row.getCartRevision(),
				new Contact(row.getEmail()), address, row.getShippingMethod(), row.getDiscountCode(), reservations,
				row.getIdempotencyKey(), row.getOrderId(), row.getOrderNumber(),
				PaymentState.ofCode(row.getPaymentState()), row.getExpiresAt().toInstant());
	}

	private static OffsetDateTime stored(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private DSLContext sql(Tenant tenant) {
		return this.dsl.of(tenant);
	}

}
