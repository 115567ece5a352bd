package dev.rustok.runtime.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

/**
 * A sequence of checkout and merchant steps played against one {@link Inventory}, each
 * answered as a short text, so that the model ({@link InMemoryStock}) and PostgreSQL can
 * be compared step by step. Reservations are named by the order they were taken in, time
 * passes for one reservation at a time ({@link Expire}), and reservations are held for an
 * hour so none expires by itself during a run.
 */
public final class StockScenario {

	/** One step; indexes wrap around the variants, locations and reservations. */
	public sealed interface Step {

	}

	public record Adjust(int variant, int location, int delta, String reason) implements Step {

	}

	public record Reserve(int variant, int quantity) implements Step {

	}

	public record Commit(int reservation) implements Step {

	}

	public record Release(int reservation) implements Step {

	}

	/** The reservation's time runs out (it stays held until something expires it). */
	public record Expire(int reservation) implements Step {

	}

	/** A placed order keeps the hold for longer (checkout's completion does this). */
	public record Extend(int reservation) implements Step {

	}

	/** The scheduled sweep runs. */
	public record Sweep() implements Step {

	}

	static final Duration TTL = Duration.ofHours(1);

	private final Inventory inventory;

	private final Tenant tenant;

	private final List<VariantId> variants;

	private final List<Location> locations;

	private final Consumer<ReservationId> timeRunsOut;

	private final List<ReservationId> taken = new ArrayList<>();

	/**
	 * @param timeRunsOut moves a reservation's expiry into the past where it is stored
	 */
	public StockScenario(Inventory inventory, Tenant tenant, List<VariantId> variants,
			Consumer<ReservationId> timeRunsOut) {
		this.inventory = inventory;
		this.tenant = tenant;
		this.variants = List.copyOf(variants);
		this.locations = inventory.locations(tenant);
		this.timeRunsOut = timeRunsOut;
	}

	/**
	 * The same scenario on the in-memory model, with the given locations and variants.
	 */
	public static StockScenario inMemory(Tenant tenant, List<Location> locations, Map<VariantId, Boolean> tracked) {
		InMemoryStock stock = new InMemoryStock(locations);
		tracked.forEach(stock::addVariant);
		Inventory inventory = new Inventory(stock, (event) -> {
		}, java.time.Clock.systemUTC());
		return new StockScenario(inventory, tenant, List.copyOf(tracked.keySet()),
				(id) -> stock.expireAt(id, Instant.now().minusSeconds(1)));
	}

	/** {@code count} steps drawn with {@code random}: the same seed, the same steps. */
	public static List<Step> randomSteps(java.util.Random random, int count) {
		List<String> reasons = List.of("received", "damaged", "correction", "returned");
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int kind = random.nextInt(17);
			int index = random.nextInt(8);
			steps.add((kind < 4) ? new Adjust(index, random.nextInt(8), nonZero(random), reasons.get(random.nextInt(4)))
					: (kind < 9) ? new Reserve(index, 1 + random.nextInt(4))
							: (kind < 11) ? new Commit(index) : (kind < 13) ? new Release(index)
									: (kind < 15) ? new Expire(index) : (kind < 16) ? new Sweep() : new Extend(index));
		}
		return steps;
	}

	private static int nonZero(java.util.Random random) {
		int delta = random.nextInt(-6, 8);
		return (delta == 0) ? 8 : delta;
	}

	public Inventory inventory() {
		return this.inventory;
	}

	public List<ReservationId> taken() {
		return this.taken;
	}

	/** Plays one step and says what happened. */
	public String play(Step step) {
		try {
			return switch (step) {
				case Adjust adjust -> adjust(adjust);
				case Reserve reserve -> reserve(reserve);
				case Commit commit ->
					withReservation(commit.reservation(), (id) -> this.inventory.commit(this.tenant, id), "committed");
				case Release release ->
					withReservation(release.reservation(), (id) -> this.inventory.release(this.tenant, id), "released");
				case Expire expire -> withReservation(expire.reservation(), this.timeRunsOut, "time ran out");
				case Extend extend -> extend(extend);
				case Sweep sweep -> "expired " + this.inventory.expireReservations(this.tenant);
			};
		}
		catch (OutOfStock ex) {
			return "out of stock";
		}
		catch (ReservationClosed ex) {
			return "closed";
		}
		catch (InvalidInput ex) {
			return "refused " + ex.errors().stream().map(FieldProblem::field).toList();
		}
	}

	/** Every variant's levels, as text. */
	public String levels() {
		return this.variants.stream()
			.map((variant) -> this.inventory.levels(this.tenant, variant)
				.levels()
				.stream()
				.map((level) -> level.locationName() + "=" + level.onHand() + "/" + level.reserved())
				.collect(Collectors.joining(" ")))
			.collect(Collectors.joining(" | "));
	}

	private String adjust(Adjust adjust) {
		Location location = this.locations.get(Math.floorMod(adjust.location(), this.locations.size()));
		StockLevel level = this.inventory.adjust(this.tenant, variant(adjust.variant()),
				StockChange.of(location.id().value(), adjust.delta(), adjust.reason(), null), "scenario");
		return "on hand " + level.onHand();
	}

	private String reserve(Reserve reserve) {
		Reservation reservation = this.inventory.reserve(this.tenant, variant(reserve.variant()), reserve.quantity(),
				TTL, "scenario");
		return switch (reservation) {
			case Reservation.Held held -> {
				this.taken.add(held.id());
				yield "held at " + this.locations.stream()
					.filter((location) -> location.id().equals(held.locationId()))
					.findFirst()
					.orElseThrow()
					.name();
			}
			case Reservation.Untracked untracked -> "untracked";
		};
	}

	private String extend(Extend extend) {
		if (this.taken.isEmpty()) {
			return "no reservation";
		}
		ReservationId id = this.taken.get(Math.floorMod(extend.reservation(), this.taken.size()));
		return this.inventory.extend(this.tenant, id, TTL.multipliedBy(2)).isPresent() ? "extended" : "not held";
	}

	private String withReservation(int index, Consumer<ReservationId> action, String done) {
		if (this.taken.isEmpty()) {
			return "no reservation";
		}
		action.accept(this.taken.get(Math.floorMod(index, this.taken.size())));
		return done;
	}

	private VariantId variant(int index) {
		return this.variants.get(Math.floorMod(index, this.variants.size()));
	}

}
