package dev.rustok.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.events.InventoryEvent;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.Location;
import dev.rustok.runtime.inventory.OutOfStock;
import dev.rustok.runtime.inventory.Reservation;
import dev.rustok.runtime.inventory.ReservationClosed;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.inventory.StockScenario;
import dev.rustok.runtime.inventory.StockScenario.Step;
import dev.rustok.runtime.inventory.VariantId;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.tenancy.ServedTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Reservations through the inventory facade on real PostgreSQL, the way checkout will
 * call them: many buyers at once, expiry, commit and release, and the model of the rules
 * replayed against the database.
 */
class StockReservationIT extends RuntimeIntegrationTest {

	private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

	@Autowired
	Inventory inventory;

	@Autowired
	ServedTenants servedTenants;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	ScheduledTaskHolder scheduledTasks;

	@Test
	void fiftyParallelBuyersAgainstFiveUnitsLeaveExactlyFiveWithAUnit() throws Exception {
		Shop shop = shop("stock");
		Tenant tenant = tenant(shop);
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), true));
		this.inventory.adjust(tenant, variant, StockChange.of(null, 5, "received", null), "test");
		ConcurrentLinkedQueue<Boolean> reservedInTransaction = new ConcurrentLinkedQueue<>();
		ApplicationListener<PayloadApplicationEvent<InventoryEvent>> listener = (event) -> {
			if (event.getPayload() instanceof InventoryEvent.StockReserved reserved
					&& reserved.variantId().equals(variant.value())) {
				reservedInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
			}
		};
		this.context.addApplicationListener(listener);

		List<String> outcomes = inParallel(50, () -> {
			try {
				Reservation reservation = this.inventory.reserve(tenant, variant, 1, TEN_MINUTES, "cart");
				return (reservation instanceof Reservation.Held) ? "held" : "untracked";
			}
			catch (OutOfStock ex) {
				return "out of stock";
			}
		});
		this.context.removeApplicationListener(listener);

		assertThat(outcomes).filteredOn("held"::equals).hasSize(5);
		assertThat(outcomes).filteredOn("out of stock"::equals).hasSize(45);
		assertThat(Variants.stored(shop.route().schema(), variant.value())).containsExactly(5, 5);
		assertThat(this.inventory.levels(tenant, variant).available()).isZero();
		assertThat(reservedInTransaction).hasSize(5).containsOnly(true);
	}

	@Test
	void buyersOfDifferentQuantitiesNeverHoldMoreThanIsOnTheShelves() throws Exception {
		Shop shop = shop("stock");
		Tenant tenant = tenant(shop);
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), true));
		this.inventory.adjust(tenant, variant, StockChange.of(null, 7, "received", null), "test");

		List<String> outcomes = inParallel(50, () -> {
			int quantity = 1 + Math.floorMod(Thread.currentThread().threadId(), 3);
			try {
				Reservation.Held held = (Reservation.Held) this.inventory.reserve(tenant, variant, quantity,
						TEN_MINUTES, null);
				this.inventory.commit(tenant, held.id());
				return String.valueOf(quantity);
			}
			catch (OutOfStock ex) {
				return "0";
			}
		});

		int sold = outcomes.stream().mapToInt(Integer::parseInt).sum();
		assertThat(sold).isBetween(5, 7);
		int[] stored = Variants.stored(shop.route().schema(), variant.value());
		assertThat(stored[0]).isEqualTo(7 - sold).isGreaterThanOrEqualTo(0);
		assertThat(stored[1]).isZero();
		assertThat(Variants.adjustmentCount(shop.route().schema(), variant.value()))
			.isEqualTo(1 + outcomes.stream().filter((outcome) -> !outcome.equals("0")).count());
	}

	@Test
	void buyersAndStaffWritingOffStockAtOnceNeverTakeItBelowWhatIsHeld() throws Exception {
		Shop shop = shop("stock");
		Tenant tenant = tenant(shop);
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), true));
		this.inventory.adjust(tenant, variant, StockChange.of(null, 10, "received", null), "test");

		List<String> outcomes = inParallel(50, () -> {
			boolean staff = Thread.currentThread().threadId() % 5 == 0;
			try {
				if (staff) {
					this.inventory.adjust(tenant, variant, StockChange.of(null, -1, "damaged", null), "staff");
					return "written off";
				}
				this.inventory.reserve(tenant, variant, 1, TEN_MINUTES, null);
				return "held";
			}
			catch (OutOfStock | dev.rustok.runtime.shared.InvalidInput ex) {
				return "refused";
			}
		});

		long held = outcomes.stream().filter("held"::equals).count();
		long writtenOff = outcomes.stream().filter("written off"::equals).count();
		int[] stored = Variants.stored(shop.route().schema(), variant.value());
		assertThat(stored[0]).isEqualTo(10 - writtenOff);
		assertThat(stored[1]).isEqualTo(held).isLessThanOrEqualTo(stored[0]);
		assertThat(held + writtenOff).isLessThanOrEqualTo(10);
		assertThat(Variants.adjustmentCount(shop.route().schema(), variant.value())).isEqualTo(1 + writtenOff);
	}

	@Test
	void anExpiredReservationCannotBeCommittedAndItsStockComesBack() {
		Shop shop = shop("stock");
		Tenant tenant = tenant(shop);
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), true));
		this.inventory.adjust(tenant, variant, StockChange.of(null, 2, "received", null), "test");
		Reservation.Held first = (Reservation.Held) this.inventory.reserve(tenant, variant, 2, TEN_MINUTES, "a");
		assertThatExceptionOfType(OutOfStock.class)
			.isThrownBy(() -> this.inventory.reserve(tenant, variant, 1, TEN_MINUTES, "b"));

		Variants.timeRunsOut(shop.route().schema(), first.id().value());

		assertThatExceptionOfType(ReservationClosed.class).isThrownBy(() -> this.inventory.commit(tenant, first.id()));
		// (other tests of this shop may leave overdue holds of their own)
		assertThat(this.inventory.expireReservations(tenant)).isPositive();
		assertThat(Variants.state(shop.route().schema(), first.id().value())).isEqualTo("expired");
		assertThat(Variants.stored(shop.route().schema(), variant.value())).containsExactly(2, 0);
		// releasing an expired reservation changes nothing
		this.inventory.release(tenant, first.id());
		assertThat(Variants.stored(shop.route().schema(), variant.value())).containsExactly(2, 0);
	}

	@Test
	void reservingExpiresTheVariantsOverdueHoldsFirst() {
		Shop shop = shop("stock");
		Tenant tenant = tenant(shop);
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), true));
		this.inventory.adjust(tenant, variant, StockChange.of(null, 1, "received", null), "test");
		Reservation.Held overdue = (Reservation.Held) this.inventory.reserve(tenant, variant, 1, TEN_MINUTES, "a");
		Variants.timeRunsOut(shop.route().schema(), overdue.id().value());

		Reservation next = this.inventory.reserve(tenant, variant, 1, TEN_MINUTES, "b");

		assertThat(next).isInstanceOf(Reservation.Held.class);
		assertThat(Variants.state(shop.route().schema(), overdue.id().value())).isEqualTo("expired");
		assertThat(Variants.stored(shop.route().schema(), variant.value())).containsExactly(1, 1);
	}

	@Test
	void commitTakesUnitsOffTheShelfOnceAndReleaseGivesThemBack() {
		Shop shop = shop("stock");
		Tenant tenant = tenant(shop);
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), true));
		this.inventory.adjust(tenant, variant, StockChange.of(null, 5, "received", null), "test");
		Reservation.Held sold = (Reservation.Held) this.inventory.reserve(tenant, variant, 2, TEN_MINUTES, "order-1");
		Reservation.Held given = (Reservation.Held) this.inventory.reserve(tenant, variant, 1, TEN_MINUTES, "order-2");

		this.inventory.commit(tenant, sold.id());
		this.inventory.commit(tenant, sold.id());
		this.inventory.release(tenant, given.id());

		assertThat(Variants.stored(shop.route().schema(), variant.value())).containsExactly(3, 0);
		assertThat(this.inventory.adjustments(tenant, variant, null, 10).items().getFirst().reason().code())
			.isEqualTo("sold");
		assertThatExceptionOfType(ReservationClosed.class).isThrownBy(() -> this.inventory.release(tenant, sold.id()));
		assertThatExceptionOfType(ReservationClosed.class).isThrownBy(() -> this.inventory.commit(tenant, given.id()));
		assertThat(Variants.stored(shop.route().schema(), variant.value())).containsExactly(3, 0);
	}

	@Test
	void aProductThatDoesNotTrackInventoryIsAlwaysAvailable() {
		Shop shop = shop("stock");
		Tenant tenant = tenant(shop);
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), false));

		Reservation reservation = this.inventory.reserve(tenant, variant, 1_000, TEN_MINUTES, "big order");

		assertThat(reservation).isInstanceOf(Reservation.Untracked.class);
		assertThat(Variants.stored(shop.route().schema(), variant.value())).containsExactly(0, 0);
	}

	@Test
	void aReservationOfAnotherShopIsUnknownHere() {
		Shop shop = shop("stock");
		Shop other = shop("other");
		VariantId variant = new VariantId(Variants.aVariant(shop.route().schema(), true));
		this.inventory.adjust(tenant(shop), variant, StockChange.of(null, 1, "received", null), "test");
		Reservation.Held held = (Reservation.Held) this.inventory.reserve(tenant(shop), variant, 1, TEN_MINUTES, null);

		assertThatExceptionOfType(dev.rustok.runtime.shared.ResourceNotFound.class)
			.isThrownBy(() -> this.inventory.commit(tenant(other), held.id()));
		assertThatExceptionOfType(dev.rustok.runtime.shared.ResourceNotFound.class)
			.isThrownBy(() -> this.inventory.reserve(tenant(other), variant, 1, TEN_MINUTES, null));
		assertThat(Variants.state(shop.route().schema(), held.id().value())).isEqualTo("held");
	}

	@Test
	void theScheduledSweepExpiresOverdueHoldsOfEveryServedShop() {
		Shop shop = shop("stock");
		Shop other = shop("other");
		VariantId here = new VariantId(Variants.aVariant(shop.route().schema(), true));
		VariantId there = new VariantId(Variants.aVariant(other.route().schema(), true));
		this.inventory.adjust(tenant(shop), here, StockChange.of(null, 1, "received", null), "test");
		this.inventory.adjust(tenant(other), there, StockChange.of(null, 1, "received", null), "test");
		Reservation.Held overdueHere = (Reservation.Held) this.inventory.reserve(tenant(shop), here, 1, TEN_MINUTES,
				null);
		Reservation.Held overdueThere = (Reservation.Held) this.inventory.reserve(tenant(other), there, 1, TEN_MINUTES,
				null);
		Variants.timeRunsOut(shop.route().schema(), overdueHere.id().value());
		Variants.timeRunsOut(other.route().schema(), overdueThere.id().value());

		// the task Spring schedules, run now instead of after its interval
		this.scheduledTasks.getScheduledTasks()
			.stream()
			.map((task) -> task.getTask().getRunnable())
			.filter((runnable) -> runnable.toString().contains("ReservationSweep"))
			.findFirst()
			.orElseThrow()
			.run();

		assertThat(this.servedTenants.all()).contains(tenant(shop), tenant(other));
		assertThat(Variants.state(shop.route().schema(), overdueHere.id().value())).isEqualTo("expired");
		assertThat(Variants.state(other.route().schema(), overdueThere.id().value())).isEqualTo("expired");
		assertThat(Variants.stored(other.route().schema(), there.value())).containsExactly(1, 0);
	}

	@Test
	void postgresqlAnswersEveryStepAsTheModelOfTheRulesDoes() {
		Shop shop = shop("replay");
		Tenant tenant = tenant(shop);
		if (this.inventory.locations(tenant).size() == 1) {
			this.inventory.addLocation(tenant, "Backroom");
		}
		List<Location> locations = this.inventory.locations(tenant);
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (long seed = 1; seed <= 12; seed++) {
			// the shop's sweep must find only this run's overdue holds, as the model's
			// does
			this.inventory.expireReservations(tenant);
			Map<VariantId, Boolean> variants = new LinkedHashMap<>();
			variants.put(new VariantId(Variants.aVariant(shop.route().schema(), true)), true);
			variants.put(new VariantId(Variants.aVariant(shop.route().schema(), true)), true);
			variants.put(new VariantId(Variants.aVariant(shop.route().schema(), false)), false);
			StockScenario database = new StockScenario(this.inventory, tenant, List.copyOf(variants.keySet()),
					(id) -> Variants.timeRunsOut(shop.route().schema(), id.value()));
			StockScenario model = StockScenario.inMemory(tenant, locations, variants);
			List<Step> steps = StockScenario.randomSteps(new Random(seed), 50);
			for (int i = 0; i < steps.size(); i++) {
				String expected = model.play(steps.get(i));
				String actual = database.play(steps.get(i));
				seen.add(actual);
				if (!expected.equals(actual) || !model.levels().equals(database.levels())) {
					fail("seed %d, step %d %s: the model answered %s with %s, PostgreSQL %s with %s", seed, i,
							steps.get(i), expected, model.levels(), actual, database.levels());
				}
			}
		}
		// the runs reached every rule, not only the easy answers
		assertThat(seen).contains("held at Default", "held at Backroom", "out of stock", "untracked", "committed",
				"released", "closed", "refused [delta]", "expired 1");
	}

	private static Tenant tenant(Shop shop) {
		return new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm());
	}

	/** Runs {@code buyers} calls on real threads released at the same moment. */
	private static List<String> inParallel(int buyers, java.util.concurrent.Callable<String> buyer) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> futures = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(buyers)) {
			for (int i = 0; i < buyers; i++) {
				futures.add(threads.submit(() -> {
					start.await();
					return buyer.call();
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
	}

}
