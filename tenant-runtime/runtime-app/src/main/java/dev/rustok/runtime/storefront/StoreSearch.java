package dev.rustok.runtime.storefront;

import dev.rustok.runtime.shared.Tenant;

/**
 * Full-text search over the shop's active products (docs/adr/0065): every word matches as
 * a prefix, in the shop's language, ranked title first, then tags, then description; the
 * list's filters apply, and the facets count what the matches carry.
 */
public interface StoreSearch {

	/** The request's filter names its currency. */
	SearchResults search(Tenant tenant, SearchRequest request);

}
