package dev.rustok.runtime.storefront;

import java.util.List;

/**
 * One page of search results, best match first, with how many products match in all and
 * how many of them carry each facet value.
 *
 * @param items the products of the page
 * @param total how many products match the words and filters
 * @param page this page's number, from 1
 * @param hasMore whether another page follows
 * @param facets counts by facet: {@code tag}, {@code collection} and one
 * {@code option:<name>} per option
 */
public record SearchResults(List<ProductCard> items, long total, int page, boolean hasMore, List<Facet> facets) {

	/**
	 * A facet and its values, most frequent first.
	 *
	 * @param name {@code tag}, {@code collection} (handles) or {@code option:Size}
	 * @param values each value with how many matching products have it
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
