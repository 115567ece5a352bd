package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;

/**
 * The shop's currencies through the storefront's cache: every list, page and search asks
 * for them, and reading {@code store_settings} each time was an eighth of a cached list's
 * CPU (docs/adr/0108). They are kept under the shop's cache generation like every other
 * answer, which a change of the currencies retires ({@link StoreCacheInvalidation}).
 * Collections and categories are read by their pages only, straight from the source.
 */
final class CachedStoreNavigation implements StoreNavigation {

	private final StoreNavigation source;

	private final CachedStoreCatalog cache;

	CachedStoreNavigation(StoreNavigation source, CachedStoreCatalog cache) {
		this.source = source;
		this.cache = cache;
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<String> currencies(Tenant tenant) {
		// immutable: the near cache hands the same list to every request
		return this.cache.cached(tenant, "currencies", "", List.class,
				() -> List.copyOf(this.source.currencies(tenant)));
	}

	@Override
	public List<CollectionSummary> collections(Tenant tenant) {
		return this.source.collections(tenant);
	}

	@Override
	public Optional<CollectionSummary> collection(Tenant tenant, String handle) {
		return this.source.collection(tenant, handle);
	}

	@Override
	public List<CategoryNode> categories(Tenant tenant) {
		return this.source.categories(tenant);
	}

}
