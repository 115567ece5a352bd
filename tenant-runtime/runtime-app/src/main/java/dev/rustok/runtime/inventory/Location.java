package dev.rustok.runtime.inventory;

import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/**
 * A place where a shop keeps stock: a warehouse, a store room. Every shop has exactly one
 * default location, created with its schema.
 */
public record Location(LocationId id, String name, boolean isDefault) {

	static final int NAME_MAX = 100;

	/**
	 * The name a merchant typed, stripped.
	 * @throws InvalidInput naming {@code name} when it is blank, too long or has control
	 * characters
	 */
	static String checkedName(String name) {
		// control characters anywhere, even those strip() would remove; the length of
		// what is kept
		String problem = (name == null || name.isBlank()) ? "is required"
				: Text.problem(name, Integer.MAX_VALUE, Lines.SINGLE)
					.or(() -> Text.problem(name.strip(), NAME_MAX, Lines.SINGLE))
					.orElse(null);
		if (problem != null) {
			throw new InvalidInput(List.of(new FieldProblem("name", problem)));
		}
		return name.strip();
	}

}
