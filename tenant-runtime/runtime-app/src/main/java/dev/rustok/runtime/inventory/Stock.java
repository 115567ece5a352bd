package dev.rustok.runtime.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

/**
 * Port: where a shop's stock is kept. Every change that could oversell is one conditional
 * step here, so two checkouts racing for the last unit cannot both win.
 */
interface Stock {

	/** On hand is capped far below {@code Integer.MAX_VALUE}, so no sum overflows. */
	int MAX_ON_HAND = 1_000_000_000;

	/**
	 * Whether the variant's product tracks inventory; empty when the shop has no such
	 * variant.
	 */
	Optional<Boolean> tracksInventory(Tenant tenant, VariantId variant);

	/** Every location, the default first, then by name. */
	List<Location> locations(Tenant tenant);

	/**
	 * @throws DuplicateLocation when the name is taken
	 */
	Location addLocation(Tenant tenant, String name);

	/**
	 * A level for every location, zero where nothing was stocked; ordered as
	 * {@link #locations}.
	 */
	List<StockLevel> levels(Tenant tenant, VariantId variant);

	int lowStockThreshold(Tenant tenant, VariantId variant);

	void setLowStockThreshold(Tenant tenant, VariantId variant, int threshold);

	/** Tracked variants at or under a threshold above zero, least available first. */
	List<LowStockVariant> lowStock(Tenant tenant, int limit);

	/**
	 * Adds {@code delta} to on hand if the result stays within reserved ..
	 * {@link #MAX_ON_HAND}.
	 * @return the level after, or empty when it would not (nothing changed)
	 */
	Optional<StockLevel> changeOnHand(Tenant tenant, VariantId variant, LocationId location, int delta);

	void append(Tenant tenant, Adjustment adjustment);

	/** Newest first, strictly after {@code after} when given. */
	List<Adjustment> history(Tenant tenant, VariantId variant, AdjustmentCursor after, int limit);

	/**
	 * Holds {@code quantity} more units at the location if that many are available there.
	 * @return whether they are held now
	 */
	boolean hold(Tenant tenant, VariantId variant, LocationId location, int quantity);

	void insert(Tenant tenant, Reservation.Held reservation);

	Optional<StoredReservation> reservation(Tenant tenant, ReservationId id);

	/**
	 * Moves a held reservation's expiry to {@code expiresAt} if it is still held and has
	 * not run out by {@code now}.
	 * @return the reservation as it is now, or empty when it was no longer held
	 */
	Optional<Reservation.Held> extend(Tenant tenant, ReservationId id, Instant expiresAt, Instant now);

	/**
	 * Ends a held reservation: its units are no longer reserved and, when {@code to} is
	 * {@code COMMITTED}, no longer on hand either.
	 * @return on hand after, or empty when the reservation was no longer held (nothing
	 * changed)
	 */
	OptionalInt settle(Tenant tenant, Reservation.Held reservation, ReservationState to);

	/**
	 * Held reservations whose time ran out by {@code now}, oldest expiry first, claimed
	 * for this transaction: a concurrent sweep skips them.
	 * @param variant only this variant's, or {@code null} for all
	 */
	List<Reservation.Held> expiredHolds(Tenant tenant, VariantId variant, Instant now, int limit);

}
