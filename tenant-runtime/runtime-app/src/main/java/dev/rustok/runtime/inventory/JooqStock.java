package dev.rustok.runtime.inventory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.rustok.runtime.schema.tables.records.InventoryAdjustmentRecord;
import dev.rustok.runtime.schema.tables.records.InventoryReservationRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.INVENTORY_ADJUSTMENT;
import static dev.rustok.runtime.schema.Tables.INVENTORY_ITEM;
import static dev.rustok.runtime.schema.Tables.INVENTORY_LEVEL;
import static dev.rustok.runtime.schema.Tables.INVENTORY_LOCATION;
import static dev.rustok.runtime.schema.Tables.INVENTORY_RESERVATION;
import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;

/**
 * Stock in the tenant's own schema (V4's {@code inventory_*} tables) through
 * {@link TenantDsl}. Reads the catalogue's {@code product} and {@code product_variant}
 * tables, never writes them (docs/adr/0035). Every change that could oversell is one
 * conditional {@code UPDATE}: PostgreSQL re-checks its condition on the locked row, so of
 * two racing checkouts only one can take the last unit; the tables' checks are the last
 * guard.
 */
@Component
class JooqStock implements Stock {

	private static final Field<Integer> AVAILABLE = coalesce(
			sum(INVENTORY_LEVEL.ON_HAND.minus(INVENTORY_LEVEL.RESERVED)).cast(Integer.class), inline(0));

	private final TenantDsl dsl;

	JooqStock(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<Boolean> tracksInventory(Tenant tenant, VariantId variant) {
		return sql(tenant).select(PRODUCT.TRACK_INVENTORY)
			.from(PRODUCT_VARIANT)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRODUCT_VARIANT.PRODUCT_ID))
			.where(PRODUCT_VARIANT.ID.eq(variant.value()))
			.fetchOptional(Record1::value1);
	}

	@Override
	public List<Location> locations(Tenant tenant) {
		return sql(tenant).selectFrom(INVENTORY_LOCATION)
			.orderBy(INVENTORY_LOCATION.IS_DEFAULT.desc(), INVENTORY_LOCATION.NAME)
			.fetch((row) -> new Location(new LocationId(row.getId()), row.getName(), row.getIsDefault()));
	}

	@Override
	public Location addLocation(Tenant tenant, String name) {
		UUID id = UUID.randomUUID();
		int added = sql(tenant).insertInto(INVENTORY_LOCATION)
			.set(INVENTORY_LOCATION.ID, id)
			.set(INVENTORY_LOCATION.NAME, name)
			.set(INVENTORY_LOCATION.IS_DEFAULT, false)
			// the unique name decides, so two concurrent requests cannot both win
			.onConflict(INVENTORY_LOCATION.NAME)
			.doNothing()
			.execute();
		if (added == 0) {
			throw new DuplicateLocation(name);
		}
		return new Location(new LocationId(id), name, false);
	}

	@Override
	public List<StockLevel> levels(Tenant tenant, VariantId variant) {
		return sql(tenant)
			.select(INVENTORY_LOCATION.ID, INVENTORY_LOCATION.NAME, INVENTORY_LOCATION.IS_DEFAULT,
					coalesce(INVENTORY_LEVEL.ON_HAND, inline(0)), coalesce(INVENTORY_LEVEL.RESERVED, inline(0)))
			.from(INVENTORY_LOCATION)
			.leftJoin(INVENTORY_LEVEL)
			.on(INVENTORY_LEVEL.LOCATION_ID.eq(INVENTORY_LOCATION.ID), INVENTORY_LEVEL.VARIANT_ID.eq(variant.value()))
			.orderBy(INVENTORY_LOCATION.IS_DEFAULT.desc(), INVENTORY_LOCATION.NAME)
			.fetch((row) -> new StockLevel(new LocationId(row.value1()), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	@Override
	public int lowStockThreshold(Tenant tenant, VariantId variant) {
		return sql(tenant).select(INVENTORY_ITEM.LOW_STOCK_THRESHOLD)
			.from(INVENTORY_ITEM)
			.where(INVENTORY_ITEM.VARIANT_ID.eq(variant.value()))
			.fetchOptional(Record1::value1)
			.orElse(0);
	}

	@Override
	public void setLowStockThreshold(Tenant tenant, VariantId variant, int threshold) {
		sql(tenant).insertInto(INVENTORY_ITEM)
			.set(INVENTORY_ITEM.VARIANT_ID, variant.value())
			.set(INVENTORY_ITEM.LOW_STOCK_THRESHOLD, threshold)
			.onConflict(INVENTORY_ITEM.VARIANT_ID)
			.doUpdate()
			.set(INVENTORY_ITEM.LOW_STOCK_THRESHOLD, threshold)
			.execute();
	}

	@Override
	public List<LowStockVariant> lowStock(Tenant tenant, int limit) {
		return sql(tenant)
			.select(INVENTORY_ITEM.VARIANT_ID, PRODUCT_VARIANT.SKU, PRODUCT.TITLE, AVAILABLE,
					INVENTORY_ITEM.LOW_STOCK_THRESHOLD)
			.from(INVENTORY_ITEM)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(INVENTORY_ITEM.VARIANT_ID))
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRODUCT_VARIANT.PRODUCT_ID))
			.leftJoin(INVENTORY_LEVEL)
			.on(INVENTORY_LEVEL.VARIANT_ID.eq(INVENTORY_ITEM.VARIANT_ID))
			.where(PRODUCT.TRACK_INVENTORY.isTrue(), PRODUCT.STATUS.ne("archived"),
					INVENTORY_ITEM.LOW_STOCK_THRESHOLD.gt(0))
			.groupBy(INVENTORY_ITEM.VARIANT_ID, PRODUCT_VARIANT.SKU, PRODUCT.TITLE, INVENTORY_ITEM.LOW_STOCK_THRESHOLD)
			.having(AVAILABLE.le(INVENTORY_ITEM.LOW_STOCK_THRESHOLD))
			.orderBy(AVAILABLE, PRODUCT_VARIANT.SKU)
			.limit(limit)
			.fetch((row) -> new LowStockVariant(new VariantId(row.value1()), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	@Override
	public Optional<StockLevel> changeOnHand(Tenant tenant, VariantId variant, LocationId location, int delta) {
		DSLContext sql = sql(tenant);
		sql.insertInto(INVENTORY_LEVEL)
			.set(INVENTORY_LEVEL.VARIANT_ID, variant.value())
			.set(INVENTORY_LEVEL.LOCATION_ID, location.value())
			.onConflictDoNothing()
			.execute();
		int changed = sql.update(INVENTORY_LEVEL)
			.set(INVENTORY_LEVEL.ON_HAND, INVENTORY_LEVEL.ON_HAND.plus(delta))
			.set(INVENTORY_LEVEL.UPDATED_AT, currentOffsetDateTime())
			.where(level(variant, location), INVENTORY_LEVEL.ON_HAND.plus(delta).ge(INVENTORY_LEVEL.RESERVED),
					INVENTORY_LEVEL.ON_HAND.plus(delta).le(MAX_ON_HAND))
			.execute();
		if (changed == 0) {
			return Optional.empty();
		}
		return levels(tenant, variant).stream().filter((level) -> level.locationId().equals(location)).findFirst();
	}

	@Override
	public void append(Tenant tenant, Adjustment adjustment) {
		sql(tenant).insertInto(INVENTORY_ADJUSTMENT)
			.set(INVENTORY_ADJUSTMENT.ID, adjustment.id())
			.set(INVENTORY_ADJUSTMENT.VARIANT_ID, adjustment.variantId().value())
			.set(INVENTORY_ADJUSTMENT.LOCATION_ID, adjustment.locationId().value())
			.set(INVENTORY_ADJUSTMENT.DELTA, adjustment.delta())
			.set(INVENTORY_ADJUSTMENT.REASON, adjustment.reason().code())
			.set(INVENTORY_ADJUSTMENT.NOTE, adjustment.note())
			.set(INVENTORY_ADJUSTMENT.ACTOR, adjustment.actor())
			.set(INVENTORY_ADJUSTMENT.ON_HAND_AFTER, adjustment.onHandAfter())
			.set(INVENTORY_ADJUSTMENT.CREATED_AT, utc(adjustment.createdAt()))
			.execute();
	}

	@Override
	public List<Adjustment> history(Tenant tenant, VariantId variant, AdjustmentCursor after, int limit) {
		Condition page = (after != null)
				? row(INVENTORY_ADJUSTMENT.CREATED_AT, INVENTORY_ADJUSTMENT.ID).lt(utc(after.createdAt()), after.id())
				: noCondition();
		return sql(tenant).selectFrom(INVENTORY_ADJUSTMENT)
			.where(INVENTORY_ADJUSTMENT.VARIANT_ID.eq(variant.value()), page)
			.orderBy(INVENTORY_ADJUSTMENT.CREATED_AT.desc(), INVENTORY_ADJUSTMENT.ID.desc())
			.limit(limit)
			.fetch(JooqStock::adjustment);
	}

	@Override
	public boolean hold(Tenant tenant, VariantId variant, LocationId location, int quantity) {
		return sql(tenant).update(INVENTORY_LEVEL)
			.set(INVENTORY_LEVEL.RESERVED, INVENTORY_LEVEL.RESERVED.plus(quantity))
			.set(INVENTORY_LEVEL.UPDATED_AT, currentOffsetDateTime())
			.where(level(variant, location), INVENTORY_LEVEL.ON_HAND.minus(INVENTORY_LEVEL.RESERVED).ge(quantity))
			.execute() == 1;
	}

	@Override
	public void insert(Tenant tenant, Reservation.Held reservation) {
		sql(tenant).insertInto(INVENTORY_RESERVATION)
			.set(INVENTORY_RESERVATION.ID, reservation.id().value())
			.set(INVENTORY_RESERVATION.VARIANT_ID, reservation.variantId().value())
			.set(INVENTORY_RESERVATION.LOCATION_ID, reservation.locationId().value())
			.set(INVENTORY_RESERVATION.QUANTITY, reservation.quantity())
			.set(INVENTORY_RESERVATION.STATE, ReservationState.HELD.code())
			.set(INVENTORY_RESERVATION.REFERENCE, reservation.reference())
			.set(INVENTORY_RESERVATION.EXPIRES_AT, utc(reservation.expiresAt()))
			.execute();
	}

	@Override
	public Optional<StoredReservation> reservation(Tenant tenant, ReservationId id) {
		return sql(tenant).selectFrom(INVENTORY_RESERVATION)
			.where(INVENTORY_RESERVATION.ID.eq(id.value()))
			.fetchOptional((row) -> new StoredReservation(held(row), ReservationState.ofCode(row.getState())));
	}

	@Override
	public Optional<Reservation.Held> extend(Tenant tenant, ReservationId id, Instant expiresAt, Instant now) {
		return sql(tenant).update(INVENTORY_RESERVATION)
			.set(INVENTORY_RESERVATION.EXPIRES_AT, utc(expiresAt))
			.where(INVENTORY_RESERVATION.ID.eq(id.value()),
					INVENTORY_RESERVATION.STATE.eq(ReservationState.HELD.code()),
					INVENTORY_RESERVATION.EXPIRES_AT.gt(utc(now)))
			.returning()
			.fetchOptional()
			.map(JooqStock::held);
	}

	@Override
	public OptionalInt settle(Tenant tenant, Reservation.Held reservation, ReservationState to) {
		DSLContext sql = sql(tenant);
		int ended = sql.update(INVENTORY_RESERVATION)
			.set(INVENTORY_RESERVATION.STATE, to.code())
			.where(INVENTORY_RESERVATION.ID.eq(reservation.id().value()),
					INVENTORY_RESERVATION.STATE.eq(ReservationState.HELD.code()))
			.execute();
		if (ended == 0) {
			return OptionalInt.empty();
		}
		int sold = (to == ReservationState.COMMITTED) ? reservation.quantity() : 0;
		return OptionalInt.of(sql.update(INVENTORY_LEVEL)
			.set(INVENTORY_LEVEL.ON_HAND, INVENTORY_LEVEL.ON_HAND.minus(sold))
			.set(INVENTORY_LEVEL.RESERVED, INVENTORY_LEVEL.RESERVED.minus(reservation.quantity()))
			.set(INVENTORY_LEVEL.UPDATED_AT, currentOffsetDateTime())
			.where(level(reservation.variantId(), reservation.locationId()))
			.returningResult(INVENTORY_LEVEL.ON_HAND)
			.fetchSingle(Record1::value1));
	}

	@Override
	public List<Reservation.Held> expiredHolds(Tenant tenant, VariantId variant, Instant now, int limit) {
		Condition ofVariant = (variant != null) ? INVENTORY_RESERVATION.VARIANT_ID.eq(variant.value()) : noCondition();
		return sql(tenant).selectFrom(INVENTORY_RESERVATION)
			.where(INVENTORY_RESERVATION.STATE.eq(ReservationState.HELD.code()),
					INVENTORY_RESERVATION.EXPIRES_AT.le(utc(now)), ofVariant)
			.orderBy(INVENTORY_RESERVATION.EXPIRES_AT, INVENTORY_RESERVATION.ID)
			.limit(limit)
			.forUpdate()
			.skipLocked()
			.fetch(JooqStock::held);
	}

	private DSLContext sql(Tenant tenant) {
		return this.dsl.of(tenant);
	}

	private static Condition level(VariantId variant, LocationId location) {
		return INVENTORY_LEVEL.VARIANT_ID.eq(variant.value()).and(INVENTORY_LEVEL.LOCATION_ID.eq(location.value()));
	}

	private static Reservation.Held held(InventoryReservationRecord row) {
		return new Reservation.Held(new ReservationId(row.getId()), new VariantId(row.getVariantId()),
				new LocationId(row.getLocationId()), row.getQuantity(), row.getExpiresAt().toInstant(),
				row.getReference());
	}

	private static Adjustment adjustment(InventoryAdjustmentRecord row) {
		return new Adjustment(row.getId(), new VariantId(row.getVariantId()), new LocationId(row.getLocationId()),
				row.getDelta(), AdjustmentReason.ofCode(row.getReason()).orElseThrow(), row.getNote(), row.getActor(),
				row.getOnHandAfter(), row.getCreatedAt().toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
