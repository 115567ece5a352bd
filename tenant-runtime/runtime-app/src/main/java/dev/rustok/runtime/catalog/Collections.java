package dev.rustok.runtime.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

/** Port: where a shop's manual collections and their product order live. */
interface Collections {

	List<ProductCollection> all(Tenant tenant);

	Optional<ProductCollection> find(Tenant tenant, CollectionId id);

	/**
	 * @return {@code false}, storing nothing, when the handle was taken first
	 */
	boolean insert(Tenant tenant, CollectionId id, Handle handle, CollectionInput.Checked collection);

	/**
	 * Replaces the collection if it is still at {@code version}; {@code null} products
	 * keep the current ones.
	 * @return {@code false}, changing nothing, when it is not
	 */
	boolean replace(Tenant tenant, CollectionId id, int version, Handle handle, CollectionInput.Checked collection);

	boolean delete(Tenant tenant, CollectionId id, int version);

	Optional<CollectionId> currentOwner(Tenant tenant, Handle handle);

	Set<String> handlesStartingWith(Tenant tenant, Handle base);

	/** The parent of each collection that has one: enough to find a cycle. */
	java.util.Map<CollectionId, CollectionId> parents(Tenant tenant);

	/** Of these ids, those that name no product of the shop. */
	Set<ProductId> unknownProducts(Tenant tenant, List<ProductId> ids);

	/**
	 * The prices in {@code currency} of every variant of the collection's products, for a
	 * bulk change; locked until the transaction ends.
	 */
	List<PricedVariant> pricesForUpdate(Tenant tenant, CollectionId id, String currency);

	/** Stores the new amounts and bumps the version of each product they belong to. */
	void changePrices(Tenant tenant, String currency, List<PricedVariant> changed);

	/** A variant's price in one currency, as a bulk change sees it. */
	record PricedVariant(ProductId product, VariantId variant, String sku, long amountMinor) {

	}

}
