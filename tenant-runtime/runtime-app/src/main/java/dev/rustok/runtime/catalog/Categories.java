package dev.rustok.runtime.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rustok.runtime.shared.Tenant;

/** Port: where a shop's category tree lives. */
interface Categories {

	/** Every category, parents before children, siblings by position then name. */
	List<Category> all(Tenant tenant);

	Optional<Category> find(Tenant tenant, CategoryId id);

	/**
	 * @return {@code false}, storing nothing, when the handle was taken first
	 */
	boolean insert(Tenant tenant, CategoryId id, Handle handle, CategoryInput.Checked category);

	/**
	 * @return {@code false}, changing nothing, when it is no longer at {@code version}
	 */
	boolean replace(Tenant tenant, CategoryId id, int version, Handle handle, CategoryInput.Checked category);

	boolean delete(Tenant tenant, CategoryId id, int version);

	boolean hasChildren(Tenant tenant, CategoryId id);

	Optional<CategoryId> currentOwner(Tenant tenant, Handle handle);

	Set<String> handlesStartingWith(Tenant tenant, Handle base);

	Map<CategoryId, CategoryId> parents(Tenant tenant);

}
