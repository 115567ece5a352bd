package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/**
 * A search as a shopper asked for it: the words, the list's filters, a page size and a
 * page number. Results are ranked, so they page by number rather than by cursor, up to
 * {@value #MAX_PAGE} pages (docs/adr/0065).
 *
 * @param text the words, each also matched as a prefix
 * @param filter the list's filters, currency included
 * @param limit results per page, 1 to 100
 * @param page from 1
 */
public record SearchRequest(String text, ProductFilter filter, int limit, int page) {

	public static final int MAX_PAGE = 50;

	SearchRequest withFilter(ProductFilter other) {
		return new SearchRequest(this.text, other, this.limit, this.page);
	}

	/**
	 * Reads {@code q} (required, with a letter or digit), {@code page} and every
	 * parameter of the list but {@code sort} and {@code after}.
	 * @throws InvalidInput naming every parameter that is wrong
	 */
	public static SearchRequest parse(Map<String, String> params, String limitName) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> listParams = new HashMap<>(params);
		listParams.remove("sort");
		listParams.remove("after");
		listParams.remove("page");
		ListingRequest listing = null;
		try {
			listing = ListingRequest.parse(listParams, limitName);
		}
		catch (InvalidInput invalid) {
			problems.addAll(invalid.errors());
		}
		String text = params.getOrDefault("q", "").strip();
		if (text.isEmpty()) {
			problems.add(new FieldProblem("q", "is required: the words to search for"));
		}
		else if (listing != null && JooqIndexedFilters.prefixQuery(text).isEmpty()) {
			problems.add(new FieldProblem("q", "must contain a letter or a digit"));
		}
		int page = page(params.get("page"), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		// the words are the search's own, not a filter on top of it
		ProductFilter filter = listing.filter();
		return new SearchRequest(text,
				new ProductFilter(filter.collection(), filter.category(), filter.tag(), filter.minPrice(),
						filter.maxPrice(), filter.currency(), filter.inStock(), java.util.Optional.empty()),
				listing.limit(), page);
	}

	private static int page(String value, List<FieldProblem> problems) {
		if (value == null || value.isEmpty()) {
			return 1;
		}
		try {
			int page = Integer.parseInt(value);
			if (page >= 1 && page <= MAX_PAGE) {
				return page;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		problems.add(new FieldProblem("page", "must be a whole number from 1 to " + MAX_PAGE));
		return 1;
	}

}
