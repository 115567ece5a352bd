package dev.rustok.runtime.inventory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.inventory.StockScenario.Adjust;
import dev.rustok.runtime.inventory.StockScenario.Commit;
import dev.rustok.runtime.inventory.StockScenario.Expire;
import dev.rustok.runtime.inventory.StockScenario.Extend;
import dev.rustok.runtime.inventory.StockScenario.Release;
import dev.rustok.runtime.inventory.StockScenario.Reserve;
import dev.rustok.runtime.inventory.StockScenario.Step;
import dev.rustok.runtime.inventory.StockScenario.Sweep;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random interleavings of merchants' adjustments and checkouts' reserve, commit, release,
 * extension and expiry, on the model of the stock rules: stock is never oversold, never
 * negative, and every expired hold comes back.
 */
class ReservationPropertyTests {

	private static final Tenant SHOP = new Tenant(new TenantId("model-shop"), "t_model_shop", "shop-model-shop");

	private static final VariantId TRACKED = new VariantId(UUID.randomUUID());

	private static final VariantId OTHER = new VariantId(UUID.randomUUID());

	private static final VariantId UNTRACKED = new VariantId(UUID.randomUUID());

	/** A checkout that reads the levels now and reserves only after the next step. */
	record SlowReserve(int variant, int quantity) {

	}

	@Property(tries = 300)
	void neverOversellsNeverGoesNegativeAndReturnsEveryExpiredHold(@ForAll("interleavings") List<Object> steps) {
		InMemoryStock stock = new InMemoryStock(
				List.of(new Location(new LocationId(UUID.randomUUID()), "Default", true),
						new Location(new LocationId(UUID.randomUUID()), "Backroom", false)));
		stock.addVariant(TRACKED, true);
		stock.addVariant(OTHER, true);
		stock.addVariant(UNTRACKED, false);
		Inventory inventory = new Inventory(stock, (event) -> {
		}, java.time.Clock.systemUTC());
		StockScenario scenario = new StockScenario(inventory, SHOP, List.of(TRACKED, OTHER, UNTRACKED),
				(id) -> stock.expireAt(id, Instant.now().minusSeconds(1)));
		SlowReserve slow = null;
		List<StockLevel> readEarlier = null;
		for (Object next : steps) {
			if (next instanceof SlowReserve reserve) {
				slow = reserve;
				readEarlier = inventory.levels(SHOP, variant(reserve.variant())).levels();
				continue;
			}
			Step step = (Step) next;
			Map<VariantId, List<StockLevel>> before = levels(inventory);
			String outcome = scenario.play(step);
			checkRules(stock, inventory);
			if (slow != null) {
				stock.readStaleLevelsOnce(variant(slow.variant()), readEarlier);
				scenario.play(new Reserve(slow.variant(), slow.quantity()));
				stock.readStaleLevelsOnce(null, null);
				checkRules(stock, inventory);
				slow = null;
			}
			if (step instanceof Reserve reserve) {
				VariantId variant = variant(reserve.variant());
				boolean someLocationHadIt = before.get(variant)
					.stream()
					.anyMatch((level) -> level.available() >= reserve.quantity());
				if (outcome.equals("out of stock")) {
					// refused only when no location had it (expired holds count as
					// available)
					assertThat(someLocationHadIt && noExpiredHolds(stock, variant)).isFalse();
				}
			}
			if (step instanceof Sweep) {
				assertThat(stock.expiredHolds(SHOP, null, Instant.now(), Integer.MAX_VALUE)).isEmpty();
			}
		}
	}

	@Property(tries = 200)
	void untrackedVariantsAreAlwaysAvailableAndNeverHeld(@ForAll("steps") List<Step> steps) {
		InMemoryStock stock = new InMemoryStock(
				List.of(new Location(new LocationId(UUID.randomUUID()), "Default", true)));
		stock.addVariant(UNTRACKED, false);
		Inventory inventory = new Inventory(stock, (event) -> {
		}, java.time.Clock.systemUTC());
		StockScenario scenario = new StockScenario(inventory, SHOP, List.of(UNTRACKED),
				(id) -> stock.expireAt(id, Instant.now().minusSeconds(1)));
		for (Step step : steps) {
			String outcome = scenario.play(step);
			if (step instanceof Reserve) {
				assertThat(outcome).isEqualTo("untracked");
			}
		}
		assertThat(stock.reservations()).isEmpty();
		assertThat(inventory.levels(SHOP, UNTRACKED).levels())
			.allSatisfy((level) -> assertThat(level.reserved()).isZero());
	}

	private static void checkRules(InMemoryStock stock, Inventory inventory) {
		for (VariantId variant : List.of(TRACKED, OTHER, UNTRACKED)) {
			for (StockLevel level : inventory.levels(SHOP, variant).levels()) {
				assertThat(level.onHand()).isGreaterThanOrEqualTo(0);
				assertThat(level.reserved()).isBetween(0, level.onHand());
				// what is reserved is exactly what held reservations hold there
				assertThat(level.reserved())
					.isEqualTo(quantity(stock, variant, level.locationId(), ReservationState.HELD));
				// on hand is exactly its history: nothing leaves the shelf unrecorded,
				// so what was sold never exceeds what came in
				assertThat(level.onHand()).isEqualTo(stock.allAdjustments()
					.stream()
					.filter((adjustment) -> adjustment.variantId().equals(variant)
							&& adjustment.locationId().equals(level.locationId()))
					.mapToInt(Adjustment::delta)
					.sum());
				int sold = -stock.allAdjustments()
					.stream()
					.filter((adjustment) -> adjustment.variantId().equals(variant)
							&& adjustment.locationId().equals(level.locationId())
							&& adjustment.reason() == AdjustmentReason.SOLD)
					.mapToInt(Adjustment::delta)
					.sum();
				assertThat(sold).isEqualTo(quantity(stock, variant, level.locationId(), ReservationState.COMMITTED));
			}
		}
	}

	private static int quantity(InMemoryStock stock, VariantId variant, LocationId location, ReservationState state) {
		return stock.reservations()
			.values()
			.stream()
			.filter((stored) -> stored.state() == state && stored.reservation().variantId().equals(variant)
					&& stored.reservation().locationId().equals(location))
			.mapToInt((stored) -> stored.reservation().quantity())
			.sum();
	}

	private static boolean noExpiredHolds(InMemoryStock stock, VariantId variant) {
		return stock.expiredHolds(SHOP, variant, Instant.now(), Integer.MAX_VALUE).isEmpty();
	}

	private static Map<VariantId, List<StockLevel>> levels(Inventory inventory) {
		Map<VariantId, List<StockLevel>> levels = new LinkedHashMap<>();
		for (VariantId variant : List.of(TRACKED, OTHER, UNTRACKED)) {
			levels.put(variant, inventory.levels(SHOP, variant).levels());
		}
		return levels;
	}

	private static VariantId variant(int index) {
		return List.of(TRACKED, OTHER, UNTRACKED).get(Math.floorMod(index, 3));
	}

	@Provide
	Arbitrary<List<Object>> interleavings() {
		Arbitrary<Object> slow = net.jqwik.api.Combinators
			.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 4))
			.as(SlowReserve::new);
		return Arbitraries
			.frequencyOf(net.jqwik.api.Tuple.of(5, stepArbitrary().map(Object.class::cast)),
					net.jqwik.api.Tuple.of(2, slow))
			.list()
			.ofMinSize(1)
			.ofMaxSize(60);
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		return stepArbitrary().list().ofMinSize(1).ofMaxSize(60);
	}

	/** The steps both this property and the PostgreSQL replay draw from. */
	static Arbitrary<Step> stepArbitrary() {
		Arbitrary<Integer> index = Arbitraries.integers().between(0, 7);
		Arbitrary<Step> adjust = net.jqwik.api.Combinators
			.combine(index, index, Arbitraries.integers().between(-6, 8).filter((delta) -> delta != 0),
					Arbitraries.of("received", "damaged", "correction", "returned"))
			.as(Adjust::new);
		Arbitrary<Step> reserve = net.jqwik.api.Combinators.combine(index, Arbitraries.integers().between(1, 4))
			.as(Reserve::new);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, adjust), net.jqwik.api.Tuple.of(5, reserve),
				net.jqwik.api.Tuple.of(2, index.map(Commit::new)), net.jqwik.api.Tuple.of(2, index.map(Release::new)),
				net.jqwik.api.Tuple.of(2, index.map(Expire::new)), net.jqwik.api.Tuple.of(1, index.map(Extend::new)),
				net.jqwik.api.Tuple.of(1, Arbitraries.just(new Sweep())));
	}

}
