package dev.rustok.runtime.inventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/** What checkout may ask for in one reservation (docs/adr/0035). */
public final class ReservationTerms {

	/** The most units one reservation may hold. */
	public static final int MAX_QUANTITY = 1_000_000;

	/** The shortest time a reservation may be held. */
	public static final Duration MIN_TTL = Duration.ofSeconds(1);

	/** The longest time a reservation may be held. */
	public static final Duration MAX_TTL = Duration.ofDays(7);

	static final int REFERENCE_MAX = 100;

	private ReservationTerms() {
	}

	/**
	 * @throws InvalidInput naming every argument that is out of bounds
	 */
	static void check(int quantity, Duration ttl, String reference) {
		List<FieldProblem> problems = new ArrayList<>();
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			problems.add(new FieldProblem("quantity", "must be between 1 and " + MAX_QUANTITY));
		}
		if (ttl == null || ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
			problems.add(new FieldProblem("ttl", "must be between 1 second and 7 days"));
		}
		if (reference != null) {
			Text.problem(reference, REFERENCE_MAX, Lines.SINGLE)
				.ifPresent((why) -> problems.add(new FieldProblem("reference", why)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
