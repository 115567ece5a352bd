package dev.rustok.runtime.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

/**
 * The stock rules of {@link JooqStock} on plain maps, for one shop: the model the
 * properties run against and the replay compares PostgreSQL with. Each method does what
 * the SQL statement does, condition included.
 */
final class InMemoryStock implements Stock {

	private final Map<VariantId, Boolean> variants = new LinkedHashMap<>();

	private final Map<VariantId, Integer> thresholds = new HashMap<>();

	private final Map<LocationId, Location> locations = new LinkedHashMap<>();

	private final Map<List<UUID>, int[]> levels = new HashMap<>();

	private final List<Adjustment> adjustments = new ArrayList<>();

	private final Map<ReservationId, StoredReservation> reservations = new LinkedHashMap<>();

	InMemoryStock(List<Location> locations) {
		locations.forEach((location) -> this.locations.put(location.id(), location));
	}

	private VariantId staleVariant;

	private List<StockLevel> staleLevels;

	/**
	 * The next read of levels answers {@code levels}, as a checkout that read them before
	 * other checkouts wrote would see them: only the conditional writes then stand
	 * between it and overselling.
	 */
	void readStaleLevelsOnce(VariantId variant, List<StockLevel> levels) {
		this.staleVariant = variant;
		this.staleLevels = levels;
	}

	void addVariant(VariantId variant, boolean tracked) {
		this.variants.put(variant, tracked);
	}

	Map<ReservationId, StoredReservation> reservations() {
		return this.reservations;
	}

	List<Adjustment> allAdjustments() {
		return this.adjustments;
	}

	/** Moves a held reservation's expiry, as time passing would. */
	void expireAt(ReservationId id, Instant expiresAt) {
		StoredReservation stored = this.reservations.get(id);
		Reservation.Held held = stored.reservation();
		this.reservations.put(id, new StoredReservation(new Reservation.Held(held.id(), held.variantId(),
				held.locationId(), held.quantity(), expiresAt, held.reference()), stored.state()));
	}

	@Override
	public Optional<Boolean> tracksInventory(Tenant tenant, VariantId variant) {
		return Optional.ofNullable(this.variants.get(variant));
	}

	@Override
	public List<Location> locations(Tenant tenant) {
		return this.locations.values()
			.stream()
			.sorted(Comparator.comparing((Location location) -> !location.isDefault()).thenComparing(Location::name))
			.toList();
	}

	@Override
	public Location addLocation(Tenant tenant, String name) {
		if (this.locations.values().stream().anyMatch((location) -> location.name().equals(name))) {
			throw new DuplicateLocation(name);
		}
		Location location = new Location(new LocationId(UUID.randomUUID()), name, false);
		this.locations.put(location.id(), location);
		return location;
	}

	@Override
	public List<StockLevel> levels(Tenant tenant, VariantId variant) {
		if (this.staleLevels != null && variant.equals(this.staleVariant)) {
			List<StockLevel> stale = this.staleLevels;
			this.staleLevels = null;
			return stale;
		}
		return locations(tenant).stream().map((location) -> {
			int[] level = this.levels.getOrDefault(key(variant, location.id()), new int[2]);
			return new StockLevel(location.id(), location.name(), location.isDefault(), level[0], level[1]);
		}).toList();
	}

	@Override
	public int lowStockThreshold(Tenant tenant, VariantId variant) {
		return this.thresholds.getOrDefault(variant, 0);
	}

	@Override
	public void setLowStockThreshold(Tenant tenant, VariantId variant, int threshold) {
		this.thresholds.put(variant, threshold);
	}

	@Override
	public List<LowStockVariant> lowStock(Tenant tenant, int limit) {
		return this.thresholds.entrySet()
			.stream()
			.filter((entry) -> this.variants.get(entry.getKey()) && entry.getValue() > 0)
			.map((entry) -> new LowStockVariant(entry.getKey(), entry.getKey().toString(), "",
					levels(tenant, entry.getKey()).stream().mapToInt(StockLevel::available).sum(), entry.getValue()))
			.filter((low) -> low.available() <= low.lowStockThreshold())
			.sorted(Comparator.comparingInt(LowStockVariant::available))
			.limit(limit)
			.toList();
	}

	@Override
	public Optional<StockLevel> changeOnHand(Tenant tenant, VariantId variant, LocationId location, int delta) {
		int[] level = this.levels.computeIfAbsent(key(variant, location), (key) -> new int[2]);
		long after = (long) level[0] + delta;
		if (after < level[1] || after > MAX_ON_HAND) {
			return Optional.empty();
		}
		level[0] = (int) after;
		return levels(tenant, variant).stream()
			.filter((candidate) -> candidate.locationId().equals(location))
			.findFirst();
	}

	@Override
	public void append(Tenant tenant, Adjustment adjustment) {
		this.adjustments.add(adjustment);
	}

	@Override
	public List<Adjustment> history(Tenant tenant, VariantId variant, AdjustmentCursor after, int limit) {
		Comparator<Adjustment> newestFirst = Comparator.comparing(Adjustment::createdAt)
			.thenComparing(Adjustment::id)
			.reversed();
		return this.adjustments.stream()
			.filter((adjustment) -> adjustment.variantId().equals(variant))
			.filter((adjustment) -> after == null || newestFirst.compare(adjustment,
					new Adjustment(after.id(), variant, null, 1, null, null, null, 0, after.createdAt())) > 0)
			.sorted(newestFirst)
			.limit(limit)
			.toList();
	}

	@Override
	public boolean hold(Tenant tenant, VariantId variant, LocationId location, int quantity) {
		int[] level = this.levels.get(key(variant, location));
		if (level == null || level[0] - level[1] < quantity) {
			return false;
		}
		level[1] += quantity;
		return true;
	}

	@Override
	public void insert(Tenant tenant, Reservation.Held reservation) {
		this.reservations.put(reservation.id(), new StoredReservation(reservation, ReservationState.HELD));
	}

	@Override
	public Optional<StoredReservation> reservation(Tenant tenant, ReservationId id) {
		return Optional.ofNullable(this.reservations.get(id));
	}

	@Override
	public Optional<Reservation.Held> extend(Tenant tenant, ReservationId id, Instant expiresAt, Instant now) {
		StoredReservation stored = this.reservations.get(id);
		if (stored == null || stored.state() != ReservationState.HELD
				|| !stored.reservation().expiresAt().isAfter(now)) {
			return Optional.empty();
		}
		Reservation.Held old = stored.reservation();
		Reservation.Held extended = new Reservation.Held(old.id(), old.variantId(), old.locationId(), old.quantity(),
				expiresAt, old.reference());
		this.reservations.put(id, new StoredReservation(extended, ReservationState.HELD));
		return Optional.of(extended);
	}

	@Override
	public OptionalInt settle(Tenant tenant, Reservation.Held reservation, ReservationState to) {
		StoredReservation stored = this.reservations.get(reservation.id());
		if (stored.state() != ReservationState.HELD) {
			return OptionalInt.empty();
		}
		this.reservations.put(reservation.id(), new StoredReservation(stored.reservation(), to));
		int[] level = this.levels.get(key(reservation.variantId(), reservation.locationId()));
		if (to == ReservationState.COMMITTED) {
			level[0] -= reservation.quantity();
		}
		level[1] -= reservation.quantity();
		return OptionalInt.of(level[0]);
	}

	@Override
	public List<Reservation.Held> expiredHolds(Tenant tenant, VariantId variant, Instant now, int limit) {
		return this.reservations.values()
			.stream()
			.filter((stored) -> stored.state() == ReservationState.HELD)
			.map(StoredReservation::reservation)
			.filter((held) -> variant == null || held.variantId().equals(variant))
			.filter((held) -> !held.expiresAt().isAfter(now))
			.sorted(Comparator.comparing(Reservation.Held::expiresAt))
			.limit(limit)
			.toList();
	}

	private static List<UUID> key(VariantId variant, LocationId location) {
		return List.of(variant.value(), location.value());
	}

}
