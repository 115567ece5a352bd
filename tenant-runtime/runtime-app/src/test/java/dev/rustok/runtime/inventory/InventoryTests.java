package dev.rustok.runtime.inventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.events.InventoryEvent;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The facade's rules on the in-memory model of the stock. */
class InventoryTests {

	private static final Tenant SHOP = new Tenant(new TenantId("unit-shop"), "t_unit_shop", "shop-unit-shop");

	private static final Duration TTL = Duration.ofMinutes(15);

	private final Location main = new Location(new LocationId(UUID.randomUUID()), "Main", true);

	private final Location annex = new Location(new LocationId(UUID.randomUUID()), "Annex", false);

	private final Location cellar = new Location(new LocationId(UUID.randomUUID()), "Cellar", false);

	private final InMemoryStock stock = new InMemoryStock(List.of(this.main, this.annex, this.cellar));

	private final List<Object> events = new ArrayList<>();

	// a millisecond passes between two readings: the history's order never rests on ids
	private final Inventory inventory = new Inventory(this.stock, this.events::add, new TickingClock());

	private final VariantId variant = new VariantId(UUID.randomUUID());

	InventoryTests() {
		this.stock.addVariant(this.variant, true);
	}

	@Test
	void reservesAtTheDefaultLocationWhenItHasTheQuantity() {
		stockAt(this.main, 2);
		stockAt(this.annex, 9);

		Reservation.Held held = (Reservation.Held) this.inventory.reserve(SHOP, this.variant, 2, TTL, null);

		assertThat(held.locationId()).isEqualTo(this.main.id());
	}

	@Test
	void otherwiseReservesWhereMostIsAvailable() {
		stockAt(this.main, 1);
		stockAt(this.annex, 3);
		stockAt(this.cellar, 5);

		Reservation.Held held = (Reservation.Held) this.inventory.reserve(SHOP, this.variant, 2, TTL, "cart-1");

		assertThat(held.locationId()).isEqualTo(this.cellar.id());
		assertThat(held.reference()).isEqualTo("cart-1");
		assertThat(this.events).last().isInstanceOf(InventoryEvent.StockReserved.class);
	}

	@Test
	void refusesWhenNoSingleLocationHasTheQuantity() {
		stockAt(this.main, 2);
		stockAt(this.annex, 2);

		assertThatExceptionOfType(OutOfStock.class)
			.isThrownBy(() -> this.inventory.reserve(SHOP, this.variant, 3, TTL, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::field).containsExactly("quantity"));
		assertThat(this.inventory.levels(SHOP, this.variant).levels())
			.allSatisfy((level) -> assertThat(level.reserved()).isZero());
	}

	@Test
	void checksTheQuantityTtlAndReferenceOfAReservation() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.inventory.reserve(SHOP, this.variant, 0, Duration.ZERO,
					"x".repeat(ReservationTerms.REFERENCE_MAX + 1)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::field)
				.containsExactly("quantity", "ttl", "reference"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.inventory.reserve(SHOP, this.variant, 1, Duration.ofDays(8), null));
	}

	@Test
	void answersNotFoundForAVariantTheShopDoesNotHave() {
		VariantId unknown = new VariantId(UUID.randomUUID());

		assertThatExceptionOfType(ResourceNotFound.class).isThrownBy(() -> this.inventory.levels(SHOP, unknown));
		assertThatExceptionOfType(ResourceNotFound.class)
			.isThrownBy(() -> this.inventory.reserve(SHOP, unknown, 1, TTL, null));
		assertThatExceptionOfType(ResourceNotFound.class)
			.isThrownBy(() -> this.inventory.commit(SHOP, new ReservationId(UUID.randomUUID())));
	}

	@Test
	void refusesToTakeOnHandBelowWhatCheckoutsHold() {
		stockAt(this.main, 3);
		this.inventory.reserve(SHOP, this.variant, 2, TTL, null);

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.inventory.adjust(SHOP, this.variant,
					StockChange.of(this.main.id().value(), -2, "damaged", null), "staff"))
			.satisfies((ex) -> assertThat(ex.errors().getFirst().reason()).contains("2 units that checkouts hold"));
		assertThat(this.inventory.levels(SHOP, this.variant).available()).isEqualTo(1);
	}

	@Test
	void pagesTheHistoryNewestFirstWithoutGapsOrRepeats() {
		for (int i = 1; i <= 5; i++) {
			this.inventory.adjust(SHOP, this.variant, StockChange.of(null, i, "received", "n" + i), "staff");
		}

		AdjustmentPage first = this.inventory.adjustments(SHOP, this.variant, null, 2);
		AdjustmentPage second = this.inventory.adjustments(SHOP, this.variant, first.next(), 2);
		AdjustmentPage last = this.inventory.adjustments(SHOP, this.variant, second.next(), 2);

		assertThat(first.items()).extracting(Adjustment::note).containsExactly("n5", "n4");
		assertThat(second.items()).extracting(Adjustment::note).containsExactly("n3", "n2");
		assertThat(last.items()).extracting(Adjustment::note).containsExactly("n1");
		assertThat(last.next()).isNull();
	}

	@Test
	void checksLocationNamesAndThresholds() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.inventory.addLocation(SHOP, " "));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.inventory.addLocation(SHOP, "a\tb"));
		assertThatExceptionOfType(DuplicateLocation.class)
			.isThrownBy(() -> this.inventory.addLocation(SHOP, " Annex "));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.inventory.setLowStockThreshold(SHOP, this.variant, -1));
		assertThat(this.inventory.setLowStockThreshold(SHOP, this.variant, 4).lowStockThreshold()).isEqualTo(4);
	}

	private static final class TickingClock extends java.time.Clock {

		private java.time.Instant now = java.time.Instant.parse("2026-11-25T12:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return java.time.ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public java.time.Instant instant() {
			this.now = this.now.plusMillis(1);
			return this.now;
		}

	}

	private void stockAt(Location location, int units) {
		this.inventory.adjust(SHOP, this.variant, StockChange.of(location.id().value(), units, "received", null),
				"staff");
	}

}
