package dev.rustok.runtime.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.rustok.runtime.events.InventoryEvent;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.VariantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of inventory: stock per variant and location, the merchant's adjustments and
 * thresholds, and the reservations checkout takes (docs/adr/0028, 0035). Every call names
 * its tenant and is one transaction; each change publishes an {@link InventoryEvent} in
 * that transaction.
 */
@Service
@Transactional
public class Inventory {

	static final int MAX_THRESHOLD = 1_000_000;

	static final int ACTOR_MAX = 200;

	static final int HISTORY_PAGE_MAX = 100;

	static final int LOW_STOCK_MAX = 500;

	static final int SWEEP_BATCH = 500;

	private final Stock stock;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Autowired
	Inventory(Stock stock, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this(stock, events, clock.getIfAvailable(Clock::systemUTC));
	}

	Inventory(Stock stock, ApplicationEventPublisher events, Clock clock) {
		this.stock = stock;
		this.events = events;
		this.clock = clock;
	}

	/** The shop's locations, the default first. */
	@Transactional(readOnly = true)
	public List<Location> locations(Tenant tenant) {
		return this.stock.locations(tenant);
	}

	/**
	 * Adds a (non-default) location.
	 * @throws InvalidInput naming {@code name} when it is blank, too long or has control
	 * characters
	 * @throws DuplicateLocation when the shop has a location of that name
	 */
	public Location addLocation(Tenant tenant, String name) {
		return this.stock.addLocation(tenant, Location.checkedName(name));
	}

	/**
	 * @throws ResourceNotFound when the shop has no such variant
	 */
	@Transactional(readOnly = true)
	public VariantStock levels(Tenant tenant, VariantId variant) {
		boolean tracked = tracked(tenant, variant);
		return new VariantStock(variant, tracked, this.stock.lowStockThreshold(tenant, variant),
				this.stock.levels(tenant, variant));
	}

	/**
	 * Changes what is on hand at one location and appends it to the history.
	 * @return the level after the change
	 * @throws ResourceNotFound for an unknown variant or location
	 * @throws InvalidInput naming {@code delta} when on hand would go below zero, below
	 * what checkouts hold, or above {@value Stock#MAX_ON_HAND}; nothing changes then
	 */
	public StockLevel adjust(Tenant tenant, VariantId variant, StockChange change, String actor) {
		tracked(tenant, variant);
		LocationId location = (change.location() != null) ? location(tenant, change.location()).id()
				: defaultLocation(tenant).id();
		StockLevel after = this.stock.changeOnHand(tenant, variant, location, change.delta())
			.orElseThrow(() -> refusedChange(tenant, variant, location, change.delta()));
		this.stock.append(tenant, new Adjustment(UUID.randomUUID(), variant, location, change.delta(), change.reason(),
				change.note(), shortened(actor), after.onHand(), now()));
		this.events.publishEvent(new InventoryEvent.StockAdjusted(tenant.id(), variant.value(), location.value(),
				change.delta(), change.reason().code(), after.onHand()));
		return after;
	}

	/**
	 * The variant's history, newest first.
	 * @param after the {@code next} of the previous page, or {@code null} for the first
	 * @param limit 1 to {@value #HISTORY_PAGE_MAX}
	 */
	@Transactional(readOnly = true)
	public AdjustmentPage adjustments(Tenant tenant, VariantId variant, String after, int limit) {
		if (limit < 1 || limit > HISTORY_PAGE_MAX) {
			throw new InvalidInput(List.of(new FieldProblem("limit", "must be between 1 and " + HISTORY_PAGE_MAX)));
		}
		AdjustmentCursor cursor = (after != null) ? AdjustmentCursor.decode(after) : null;
		tracked(tenant, variant);
		List<Adjustment> rows = this.stock.history(tenant, variant, cursor, limit + 1);
		List<Adjustment> page = rows.subList(0, Math.min(limit, rows.size()));
		String next = (rows.size() > limit) ? AdjustmentCursor.after(page.getLast()).encoded() : null;
		return new AdjustmentPage(page, next);
	}

	/**
	 * Sets the threshold at or under which the variant counts as low on stock; zero turns
	 * the warning off.
	 * @throws InvalidInput naming {@code lowStockThreshold} outside 0 ..
	 * {@value #MAX_THRESHOLD}
	 */
	public VariantStock setLowStockThreshold(Tenant tenant, VariantId variant, int threshold) {
		if (threshold < 0 || threshold > MAX_THRESHOLD) {
			throw new InvalidInput(
					List.of(new FieldProblem("lowStockThreshold", "must be between 0 and " + MAX_THRESHOLD)));
		}
		tracked(tenant, variant);
		this.stock.setLowStockThreshold(tenant, variant, threshold);
		return levels(tenant, variant);
	}

	/**
	 * Tracked variants at or under their threshold, least available first (at most 500).
	 */
	@Transactional(readOnly = true)
	public List<LowStockVariant> lowStock(Tenant tenant) {
		return this.stock.lowStock(tenant, LOW_STOCK_MAX);
	}

	/**
	 * Holds {@code quantity} units of the variant for checkout until {@code ttl} has
	 * passed: at the default location if it has them, otherwise at the location with the
	 * most available (docs/adr/0035). Expired holds of the variant are returned first.
	 * @param reference checkout's own reference (cart or order), optional
	 * @return {@link Reservation.Held}, or {@link Reservation.Untracked} when the product
	 * does not track inventory (nothing is held then)
	 * @throws OutOfStock when no location has the quantity available; nothing is held
	 * @throws InvalidInput for a quantity outside 1 ..
	 * {@value ReservationTerms#MAX_QUANTITY}, a ttl outside 1 s .. 7 days or a reference
	 * that is too long
	 * @throws ResourceNotFound when the shop has no such variant
	 */
	// out of stock holds nothing, but the overdue holds it expired stay expired
	@Transactional(noRollbackFor = OutOfStock.class)
	public Reservation reserve(Tenant tenant, VariantId variant, int quantity, Duration ttl, String reference) {
		ReservationTerms.check(quantity, ttl, reference);
		if (!tracked(tenant, variant)) {
			return new Reservation.Untracked(variant, quantity);
		}
		Instant now = now();
		expire(tenant, variant, now);
		List<StockLevel> candidates = new ArrayList<>(this.stock.levels(tenant, variant));
		candidates.sort(PICKING_ORDER);
		for (StockLevel level : candidates) {
			if (level.available() >= quantity && this.stock.hold(tenant, variant, level.locationId(), quantity)) {
				Reservation.Held held = new Reservation.Held(new ReservationId(UUID.randomUUID()), variant,
						level.locationId(), quantity, now.plus(ttl), reference);
				this.stock.insert(tenant, held);
				this.events.publishEvent(new InventoryEvent.StockReserved(tenant.id(), held.id().value(),
						variant.value(), level.locationId().value(), quantity, held.expiresAt()));
				return held;
			}
		}
		int best = candidates.stream().mapToInt(StockLevel::available).max().orElse(0);
		throw new OutOfStock(variant, quantity, Math.max(best, 0));
	}

	/**
	 * Keeps a held reservation for {@code ttl} from now instead of its old expiry. The
	 * units held do not change, so no stock event is published (docs/adr/0100).
	 * @return the reservation with its new expiry, or empty when it is no longer held
	 * (released, committed, or it ran out): the caller reserves anew
	 * @throws InvalidInput for a ttl outside 1 s .. 7 days
	 */
	public Optional<Reservation.Held> extend(Tenant tenant, ReservationId id, Duration ttl) {
		ReservationTerms.check(1, ttl, null);
		Instant now = now();
		return this.stock.extend(tenant, id, now.plus(ttl), now);
	}

	/**
	 * Sells the held units: they leave the shelf, and the history gets a {@code sold}
	 * entry. Committing a committed reservation again changes nothing.
	 * @throws ReservationClosed when it was released or has expired
	 * @throws ResourceNotFound when the shop has no such reservation
	 */
	public void commit(Tenant tenant, ReservationId id) {
		StoredReservation stored = reservation(tenant, id);
		Reservation.Held held = stored.reservation();
		switch (stored.state()) {
			case COMMITTED -> {
				return;
			}
			case RELEASED -> throw new ReservationClosed(id, "was released");
			case EXPIRED -> throw new ReservationClosed(id, "has expired");
			case HELD -> {
				if (!held.expiresAt().isAfter(now())) {
					throw new ReservationClosed(id, "has expired");
				}
			}
		}
		OptionalInt onHand = this.stock.settle(tenant, held, ReservationState.COMMITTED);
		if (onHand.isEmpty()) {
			// ended by a concurrent call between the read and the update: answer as that
			// call left it
			commit(tenant, id);
			return;
		}
		this.stock.append(tenant, new Adjustment(UUID.randomUUID(), held.variantId(), held.locationId(),
				-held.quantity(), AdjustmentReason.SOLD, held.reference(), "checkout", onHand.getAsInt(), now()));
		this.events.publishEvent(new InventoryEvent.StockCommitted(tenant.id(), id.value(), held.variantId().value(),
				held.locationId().value(), held.quantity()));
	}

	/**
	 * Gives the held units back. Releasing a released or expired reservation changes
	 * nothing.
	 * @throws ReservationClosed when it was committed
	 * @throws ResourceNotFound when the shop has no such reservation
	 */
	public void release(Tenant tenant, ReservationId id) {
		StoredReservation stored = reservation(tenant, id);
		switch (stored.state()) {
			case RELEASED, EXPIRED -> {
				return;
			}
			case COMMITTED -> throw new ReservationClosed(id, "was committed");
			case HELD -> {
			}
		}
		Reservation.Held held = stored.reservation();
		if (this.stock.settle(tenant, held, ReservationState.RELEASED).isEmpty()) {
			release(tenant, id);
			return;
		}
		this.events.publishEvent(new InventoryEvent.StockReleased(tenant.id(), id.value(), held.variantId().value(),
				held.locationId().value(), held.quantity(), false));
	}

	/**
	 * Marks the shop's held reservations whose time ran out as expired and returns their
	 * units (at most {@value #SWEEP_BATCH} per call).
	 * @return how many expired
	 */
	public int expireReservations(Tenant tenant) {
		return expire(tenant, null, now());
	}

	private int expire(Tenant tenant, VariantId variant, Instant now) {
		List<Reservation.Held> expired = new ArrayList<>(this.stock.expiredHolds(tenant, variant, now, SWEEP_BATCH));
		// levels are locked in one order by every node, so two sweeps cannot deadlock
		expired.sort(Comparator.comparing((Reservation.Held held) -> held.variantId().value())
			.thenComparing((held) -> held.locationId().value()));
		for (Reservation.Held held : expired) {
			this.stock.settle(tenant, held, ReservationState.EXPIRED);
			this.events.publishEvent(new InventoryEvent.StockReleased(tenant.id(), held.id().value(),
					held.variantId().value(), held.locationId().value(), held.quantity(), true));
		}
		return expired.size();
	}

	// the default location first, then the one with most available, then by name: the
	// same order on every node, so the model in the tests can follow it
	private static final Comparator<StockLevel> PICKING_ORDER = Comparator
		.comparing((StockLevel level) -> !level.defaultLocation())
		.thenComparing(Comparator.comparingInt(StockLevel::available).reversed())
		.thenComparing(StockLevel::locationName);

	private boolean tracked(Tenant tenant, VariantId variant) {
		return this.stock.tracksInventory(tenant, variant)
			.orElseThrow(() -> new ResourceNotFound("This shop has no variant " + variant));
	}

	private StoredReservation reservation(Tenant tenant, ReservationId id) {
		return this.stock.reservation(tenant, id)
			.orElseThrow(() -> new ResourceNotFound("This shop has no reservation " + id));
	}

	private Location location(Tenant tenant, LocationId id) {
		return this.stock.locations(tenant)
			.stream()
			.filter((location) -> location.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResourceNotFound("This shop has no location " + id));
	}

	private Location defaultLocation(Tenant tenant) {
		return this.stock.locations(tenant)
			.stream()
			.filter(Location::isDefault)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The shop has no default location"));
	}

	private InvalidInput refusedChange(Tenant tenant, VariantId variant, LocationId location, int delta) {
		StockLevel level = this.stock.levels(tenant, variant)
			.stream()
			.filter((candidate) -> candidate.locationId().equals(location))
			.findFirst()
			.orElseThrow();
		return StockChange.refused(level, delta);
	}

	private Instant now() {
		// PostgreSQL keeps microseconds: the same instant in memory and stored
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String shortened(String actor) {
		if (actor == null || Text.length(actor) <= ACTOR_MAX) {
			return actor;
		}
		return actor.substring(0, actor.offsetByCodePoints(0, ACTOR_MAX));
	}

}
