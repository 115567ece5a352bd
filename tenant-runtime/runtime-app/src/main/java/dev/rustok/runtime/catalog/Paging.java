package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/**
 * Which page of a newest-first listing to return.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 100;

	// keeps page * size far from overflowing and from scanning absurd offsets
	static final int MAX_PAGE = 1_000_000;

	public Paging {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0 || page > MAX_PAGE) {
			problems.add(new FieldProblem("page", "must be between 0 and " + MAX_PAGE));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	public static Paging first(int size) {
		return new Paging(0, size);
	}

	long offset() {
		return (long) this.page * this.size;
	}

}
