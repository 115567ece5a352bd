package dev.rustok.runtime.checkout;

import java.util.List;
import java.util.function.Supplier;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/** Runs several checks and names every wrong field at once, not only the first. */
final class FieldChecks {

	private FieldChecks() {
	}

	/** The checked value, or {@code null} with its problems added to {@code problems}. */
	static <T> T collect(Supplier<T> check, List<FieldProblem> problems) {
		try {
			return check.get();
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.errors());
			return null;
		}
	}

}
