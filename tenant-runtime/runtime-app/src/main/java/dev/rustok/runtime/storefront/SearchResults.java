package dev.rustok.runtime.storefront;

import java.util.List;

/**
 * One page of search results, best match first, with how many products match and how many
 * of them carry each facet value. Both count the best
 * {@value JooqStoreSearch#DEFAULT_WINDOW} matches at most (docs/adr/0089): when more
 * match, {@code total} is that many and {@code totalIsLowerBound} says so ("1,000+"), and
 * the pages end there.
 *
 * @param items the products of the page
 * @param total how many products match the words and filters, or the window's size when
 * more do
 * @param totalIsLowerBound whether more products match than {@code total} counts
 * @param page this page's number, from 1
 * @param hasMore whether another page follows
 * @param facets counts by facet: {@code tag}, {@code collection} and one
 * {@code option:<name>} per option
 */
public record SearchResults(List<ProductCard> items, long total, boolean totalIsLowerBound, int page, boolean hasMore,
		List<Facet> facets) {

	/**
	 * A facet and its values, most frequent first.
	 *
	 * @param name {@code tag}, {@code collection} (handles) or {@code option:Size}
	 * @param values each value with how many counted matches have it
	 */
	public record Facet(String name, List<FacetValue> values) {

	}

	/**
	 * @param value a tag, a collection handle or an option value
	 * @param count how many matching products have it
	 */
	public record FacetValue(String value, long count) {

	}

}
