package dev.rustok.runtime.storefront;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;

/**
 * The storefront's read model: what shoppers may see of a shop's catalogue, active
 * products only. The batch reads take many product ids and answer in a constant number of
 * queries, so a page of products and GraphQL's batched fields never cost a query per
 * product.
 */
public interface StoreCatalog {

	/**
	 * One page of active products; the request's filter names its currency.
	 */
	Listing list(Tenant tenant, ListingRequest request);

	ProductLookup find(Tenant tenant, String handle);

	/**
	 * Products by id as a list shows them, prices in {@code currency}; inactive left out.
	 */
	Map<UUID, ProductCard> cards(Tenant tenant, Collection<UUID> productIds, String currency);

	Map<UUID, List<ProductOption>> options(Tenant tenant, Collection<UUID> productIds);

	Map<UUID, List<Variant>> variants(Tenant tenant, Collection<UUID> productIds);

	Map<UUID, List<Image>> images(Tenant tenant, Collection<UUID> productIds);

	Map<UUID, List<String>> tags(Tenant tenant, Collection<UUID> productIds);

	Map<UUID, List<CollectionSummary>> collectionsOf(Tenant tenant, Collection<UUID> productIds);

	Map<UUID, String> descriptions(Tenant tenant, Collection<UUID> productIds);

}
