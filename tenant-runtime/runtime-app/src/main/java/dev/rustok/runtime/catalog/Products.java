package dev.rustok.runtime.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rustok.runtime.shared.Tenant;

/**
 * Port: where a shop's products live. Checks that need stored data (handles, SKUs,
 * versions) are asked here; the rules themselves are {@link Catalog}'s.
 */
interface Products {

	Optional<Product> find(Tenant tenant, ProductId id);

	ProductList list(Tenant tenant, ProductQuery query);

	/**
	 * Stores a new product under {@code handle}, which takes over an old handle of
	 * another product if it was one.
	 * @return {@code false}, storing nothing, when another product got the handle first
	 */
	boolean insert(Tenant tenant, ProductId id, Handle handle, ProductDetails details);

	/**
	 * Replaces {@code current} by {@code details}, if it is still at its version; a new
	 * handle leaves the old one redirecting.
	 * @return {@code false}, changing nothing, when someone else changed it first
	 */
	boolean replace(Tenant tenant, Product current, Handle handle, ProductDetails details);

	/**
	 * @return the new version, empty when there is no such product
	 */
	Optional<Integer> archive(Tenant tenant, ProductId id);

	/**
	 * @return whether it was deleted: it existed at this version
	 */
	boolean delete(Tenant tenant, ProductId id, int version);

	Optional<Integer> version(Tenant tenant, ProductId id);

	/** How many products the shop has, in any status. */
	int count(Tenant tenant);

	/**
	 * How many products the shop has, counted after taking a lock (until the transaction
	 * ends) that every other caller of this method for the shop waits for.
	 */
	int countLockingCreates(Tenant tenant);

	/** The product answering at {@code handle} now, if any. */
	Optional<ProductId> currentOwner(Tenant tenant, Handle handle);

	/** Current and old handles that are {@code base} or {@code base-…}. */
	Set<String> handlesStartingWith(Tenant tenant, Handle base);

	/** Of these SKUs, those used by a product other than {@code except} (may be null). */
	Map<String, ProductId> skusOfOtherProducts(Tenant tenant, Collection<String> skus, ProductId except);

	/** Of these ids, those that name no collection of the shop. */
	Set<CollectionId> unknownCollections(Tenant tenant, Collection<CollectionId> ids);

	/** Of these ids, those that name no category of the shop. */
	Set<CategoryId> unknownCategories(Tenant tenant, Collection<CategoryId> ids);

}
