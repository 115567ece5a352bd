package dev.rustok.runtime.storefront;

import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;

/**
 * What a shopper finds their way by: the shop's currencies, collections and categories.
 */
public interface StoreNavigation {

	/** The currencies the shop sells in, its default first. */
	List<String> currencies(Tenant tenant);

	/** Every collection, by title. */
	List<CollectionSummary> collections(Tenant tenant);

	Optional<CollectionSummary> collection(Tenant tenant, String handle);

	/** The category tree: its roots, each with its children, in order. */
	List<CategoryNode> categories(Tenant tenant);

}
