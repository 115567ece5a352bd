package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page's facets as links that narrow the search: a tag or a collection adds
 * its filter (and starts again at page 1); option values only show their counts, the list
 * has no option filter.
 *
 * @param name what the shopper reads: Tags, Collections, or the option's name
 * @param values each value with its count and, when it can narrow, its address
 */
record SearchFacetLinks(String name, List<Value> values) {

	record Value(String label, long count, String url) {

	}

	static List<SearchFacetLinks> of(SearchResults results, Map<String, String> params) {
		return results.facets().stream().map((facet) -> {
			String filter = switch (facet.name()) {
				case "tag" -> "tag";
				case "collection" -> "collection";
				default -> null;
			};
			String name = switch (facet.name()) {
				case "tag" -> "Tags";
				case "collection" -> "Collections";
				default -> facet.name().substring(facet.name().indexOf(':') + 1);
			};
			List<Value> values = facet.values()
				.stream()
				.map((value) -> new Value(value.value(), value.count(),
						(filter != null) ? url(params, filter, value.value()) : null))
				.toList();
			return new SearchFacetLinks(name, values);
		}).toList();
	}

	/** The search's address with {@code name} set to {@code value}. */
	static String url(Map<String, String> params, String name, String value) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
		params.forEach((param, current) -> {
			if (!param.equals(name) && !param.equals("page") && !current.isEmpty()) {
				url.queryParam(param, current);
			}
		});
		return url.queryParam(name, value).build().encode().toUriString();
	}

}
