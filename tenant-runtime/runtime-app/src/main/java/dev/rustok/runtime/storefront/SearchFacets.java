package dev.rustok.runtime.storefront;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Facet counts in the order the storefront shows them: facets by name, each one's values
 * most frequent first, then by value, so equal counts keep a stable order.
 */
final class SearchFacets {

	private static final Comparator<SearchResults.FacetValue> MOST_FREQUENT_FIRST = Comparator
		.comparingLong(SearchResults.FacetValue::count)
		.reversed()
		.thenComparing(SearchResults.FacetValue::value);

	private SearchFacets() {
	}

	static List<SearchResults.Facet> sorted(Map<String, Map<String, Long>> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((facet) -> new SearchResults.Facet(facet.getKey(),
					facet.getValue()
						.entrySet()
						.stream()
						.map((value) -> new SearchResults.FacetValue(value.getKey(), value.getValue()))
						.sorted(MOST_FREQUENT_FIRST)
						.toList()))
			.toList();
	}

}
