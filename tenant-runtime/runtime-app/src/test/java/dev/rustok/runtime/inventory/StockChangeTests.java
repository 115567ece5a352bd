package dev.rustok.runtime.inventory;

import java.util.UUID;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StockChangeTests {

	@Test
	void acceptsAMerchantsReasonAndDefaultsToTheDefaultLocation() {
		StockChange change = StockChange.of(null, -3, "damaged", "dropped");

		assertThat(change.location()).isNull();
		assertThat(change.delta()).isEqualTo(-3);
		assertThat(change.reason()).isEqualTo(AdjustmentReason.DAMAGED);
		assertThat(change.note()).isEqualTo("dropped");
	}

	@Test
	void keepsTheLocationItWasGiven() {
		UUID location = UUID.randomUUID();

		assertThat(StockChange.of(location, 1, "received", " ").location()).isEqualTo(new LocationId(location));
	}

	@Test
	void reportsEveryWrongFieldAtOnce() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> StockChange.of(null, 0, "stolen", "a\u0000b"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::field)
				.containsExactly("delta", "reason", "note"));
	}

	@Test
	void refusesAMissingDeltaAndReason() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> StockChange.of(null, null, null, null))
			.satisfies(
					(ex) -> assertThat(ex.errors()).extracting(FieldProblem::reason).first().isEqualTo("is required"));
	}

	@Test
	void refusesADeltaOverAMillionEitherWay() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> StockChange.of(null, StockChange.MAX_DELTA + 1, "received", null));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> StockChange.of(null, Integer.MIN_VALUE, "correction", null));
		assertThat(StockChange.of(null, -StockChange.MAX_DELTA, "correction", null).delta())
			.isEqualTo(-StockChange.MAX_DELTA);
	}

	@Test
	void leavesSoldToCheckout() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> StockChange.of(null, -1, "sold", null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::field).containsExactly("reason"));
	}

	@Test
	void refusesANoteOverThreeHundredCharacters() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> StockChange.of(null, 1, "received", "x".repeat(StockChange.NOTE_MAX + 1)));
	}

}
