package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.rustok.runtime.schema.tables.records.CategoryRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CATEGORY;
import static dev.rustok.runtime.schema.Tables.COLLECTION;
import static dev.rustok.runtime.schema.Tables.STORE_SETTINGS;

/** Currencies, collections and the category tree, through {@link TenantDsl}. */
// named: the storefront reads the currencies through CachedStoreNavigation
// (docs/adr/0108)
@Component("storeNavigationSource")
class JooqStoreNavigation implements StoreNavigation {

	private static final List<String> DEFAULT_CURRENCIES = List.of("EUR", "USD");

	private final Function<Tenant, DSLContext> dsl;

	@Autowired
	JooqStoreNavigation(TenantDsl dsl) {
		this(dsl::of);
	}

	JooqStoreNavigation(Function<Tenant, DSLContext> dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<String> currencies(Tenant tenant) {
		return this.dsl.apply(tenant)
			.select(STORE_SETTINGS.CURRENCIES)
			.from(STORE_SETTINGS)
			.fetchOptional(STORE_SETTINGS.CURRENCIES)
			.filter((currencies) -> currencies.length > 0)
			.map(Arrays::asList)
			.orElse(DEFAULT_CURRENCIES);
	}

	@Override
	public List<CollectionSummary> collections(Tenant tenant) {
		var parent = COLLECTION.as("parent");
		return this.dsl.apply(tenant)
			.select(COLLECTION.ID, COLLECTION.HANDLE, COLLECTION.TITLE, COLLECTION.DESCRIPTION, parent.HANDLE)
			.from(COLLECTION)
			.leftJoin(parent)
			.on(parent.ID.eq(COLLECTION.PARENT_ID))
			.orderBy(DSL.lower(COLLECTION.TITLE), COLLECTION.HANDLE)
			.fetch((row) -> new CollectionSummary(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	@Override
	public Optional<CollectionSummary> collection(Tenant tenant, String handle) {
		var parent = COLLECTION.as("parent");
		return this.dsl.apply(tenant)
			.select(COLLECTION.ID, COLLECTION.HANDLE, COLLECTION.TITLE, COLLECTION.DESCRIPTION, parent.HANDLE)
			.from(COLLECTION)
			.leftJoin(parent)
			.on(parent.ID.eq(COLLECTION.PARENT_ID))
			.where(COLLECTION.HANDLE.eq(handle))
			.fetchOptional((row) -> new CollectionSummary(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	@Override
	public List<CategoryNode> categories(Tenant tenant) {
		List<CategoryRecord> all = this.dsl.apply(tenant)
			.selectFrom(CATEGORY)
			.orderBy(CATEGORY.POSITION, CATEGORY.NAME, CATEGORY.HANDLE)
			.fetch();
		Map<UUID, List<CategoryRecord>> byParent = new HashMap<>();
		for (CategoryRecord category : all) {
			byParent.computeIfAbsent(category.getParentId(), (id) -> new ArrayList<>()).add(category);
		}
		return subtree(null, byParent, new HashSet<>());
	}

	private static List<CategoryNode> subtree(UUID parent, Map<UUID, List<CategoryRecord>> byParent, Set<UUID> seen) {
		List<CategoryNode> nodes = new ArrayList<>();
		for (CategoryRecord category : byParent.getOrDefault(parent, List.of())) {
			// a cycle written by hand into the table must not recurse forever
			if (seen.add(category.getId())) {
				nodes.add(new CategoryNode(category.getId(), category.getHandle(), category.getName(),
						subtree(category.getId(), byParent, seen)));
			}
		}
		return nodes;
	}

}
