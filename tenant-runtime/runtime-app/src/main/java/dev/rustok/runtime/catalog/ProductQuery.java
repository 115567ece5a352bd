package dev.rustok.runtime.catalog;

import java.util.Optional;

import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/**
 * Which products the admin list shows: newest first, optionally only those whose title,
 * handle or a SKU contains {@code q}, or in one status; {@code limit} after
 * {@code after}.
 *
 * @param q {@code null} for all
 * @param status {@code null} for every status
 * @param after {@code null} for the first page
 */
public record ProductQuery(String q, ProductStatus status, ProductCursor after, int limit) {

	public static final int MAX_LIMIT = 100;

	static final int Q_MAX = 200;

	/**
	 * Checks the raw parameters.
	 * @throws InvalidInput naming each wrong parameter
	 */
	public static ProductQuery of(String q, String status, String after, Integer limit) {
		Problems problems = new Problems();
		String search = null;
		if (q != null && !q.isBlank()) {
			Optional<String> problem = Text.problem(q, Q_MAX, Lines.SINGLE);
			problems.add("q", problem);
			search = q.strip();
		}
		ProductStatus wanted = null;
		if (status != null && !status.isEmpty()) {
			wanted = ProductStatus.ofWireName(status).orElse(null);
			if (wanted == null) {
				problems.add("status", "must be one of draft, active, archived");
			}
		}
		ProductCursor cursor = null;
		if (after != null && !after.isEmpty()) {
			cursor = ProductCursor.decode(after).orElse(null);
			if (cursor == null) {
				problems.add("after", "must be the 'next' value of a previous page");
			}
		}
		int size = (limit != null) ? limit : 20;
		if (size < 1 || size > MAX_LIMIT) {
			problems.add("limit", "must be between 1 and " + MAX_LIMIT);
		}
		problems.throwIfAny();
		return new ProductQuery(search, wanted, cursor, size);
	}

}
