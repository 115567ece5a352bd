package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/**
 * Collects what is wrong with a request, field by field, so that one answer names every
 * mistake; field paths as in {@code variants[0].prices[1].amountMinor}.
 */
final class Problems {

	private final List<FieldProblem> found = new ArrayList<>();

	void add(String field, String reason) {
		this.found.add(new FieldProblem(field, reason));
	}

	void add(String field, Optional<String> reason) {
		reason.ifPresent((text) -> add(field, text));
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	/** A required single-line text, stripped; {@code null} when it is wrong. */
	String requiredLine(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			add(field, "is required");
			return null;
		}
		return optionalLine(field, text, max);
	}

	/** An optional single-line text, stripped; {@code null} when blank or wrong. */
	String optionalLine(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		// control characters anywhere, even those strip() would remove; the length of
		// what is kept
		Optional<String> problem = Text.problem(text, Integer.MAX_VALUE, Lines.SINGLE)
			.or(() -> Text.problem(text.strip(), max, Lines.SINGLE));
		add(field, problem);
		return problem.isPresent() ? null : text.strip();
	}

	/** Optional free text with line breaks, kept as sent; {@code null} when blank. */
	String optionalText(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Optional<String> problem = Text.problem(text, max, Lines.MULTIPLE);
		add(field, problem);
		return problem.isPresent() ? null : text;
	}

	/** A list that may be absent, with at most {@code max} entries. */
	<T> List<T> list(String field, List<T> items, int max) {
		if (items == null) {
			return List.of();
		}
		if (items.size() > max) {
			add(field, "must have at most " + max + " entries; it has " + items.size());
		}
		return items;
	}

	/**
	 * @throws InvalidInput when anything was found
	 */
	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidInput(this.found);
		}
	}

}
