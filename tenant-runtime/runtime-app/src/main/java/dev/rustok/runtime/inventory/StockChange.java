package dev.rustok.runtime.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/**
 * A merchant's change to on-hand stock, checked field by field (docs/adr/0028: |delta| at
 * most {@value #MAX_DELTA}, never zero).
 *
 * @param location where the stock changes; {@code null} for the shop's default location
 * @param note optional, at most {@value #NOTE_MAX} characters
 */
public record StockChange(LocationId location, int delta, AdjustmentReason reason, String note) {

	public static final int MAX_DELTA = 1_000_000;

	static final int NOTE_MAX = 300;

	/**
	 * Checks raw input as it arrived (any argument may be {@code null}).
	 * @throws InvalidInput naming every field that is wrong and why
	 */
	public static StockChange of(UUID locationId, Integer delta, String reason, String note) {
		List<FieldProblem> problems = new ArrayList<>();
		if (delta == null) {
			problems.add(new FieldProblem("delta", "is required"));
		}
		else if (delta == 0) {
			problems.add(new FieldProblem("delta", "must not be zero"));
		}
		else if (Math.abs((long) delta) > MAX_DELTA) {
			problems.add(new FieldProblem("delta", "must be between -" + MAX_DELTA + " and " + MAX_DELTA));
		}
		AdjustmentReason parsed = (reason != null) ? AdjustmentReason.ofCode(reason).orElse(null) : null;
		if (parsed == null || parsed == AdjustmentReason.SOLD) {
			problems.add(new FieldProblem("reason",
					"must be one of received, damaged, correction, returned (sold is written by checkout)"));
		}
		if (note != null) {
			Text.problem(note, NOTE_MAX, Lines.MULTIPLE)
				.ifPresent((why) -> problems.add(new FieldProblem("note", why)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new StockChange((locationId != null) ? new LocationId(locationId) : null, delta, parsed,
				(note == null || note.isBlank()) ? null : note);
	}

	/**
	 * Why {@code delta} cannot be applied to {@code level}: it would take on hand below
	 * zero, below what checkouts hold, or above {@value Stock#MAX_ON_HAND}.
	 */
	static InvalidInput refused(StockLevel level, int delta) {
		long after = (long) level.onHand() + delta;
		String reason = (after < 0) ? "would take on hand below zero: " + level.onHand() + " on hand"
				: (after < level.reserved()) ? "would take on hand below the " + level.reserved()
						+ " units that checkouts hold (" + level.onHand() + " on hand)"
						: "would take on hand above " + Stock.MAX_ON_HAND;
		return new InvalidInput(List.of(new FieldProblem("delta", reason)));
	}

}
