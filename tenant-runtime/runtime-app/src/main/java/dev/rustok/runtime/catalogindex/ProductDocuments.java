package dev.rustok.runtime.catalogindex;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds a product's document from what the catalogue and inventory tables hold now, so
 * the result never depends on the order events arrived in or on how often: a rebuild
 * after any sequence of events equals a rebuild from scratch (docs/adr/0064). Runs in the
 * caller's transaction; rebuilds of one product are serialized by a transaction-scoped
 * advisory lock, so a slower rebuild cannot overwrite a newer one with what it read
 * before.
 */
@Component
public class ProductDocuments {

	// products written per statement: 13 bind values each, far below PostgreSQL's 65,535
	private static final int SLICE = 500;

	/**
	 * Sets of up to this many products lock product by product; a larger set locks its
	 * shop instead (docs/adr/0119). PostgreSQL's lock table holds
	 * {@code max_locks_per_transaction} (64 by default) times its connections: a
	 * collection's change rebuilding thousands of products one lock each ran it out.
	 */
	static final int PRODUCT_LOCKS = 64;

	private final Function<Tenant, DSLContext> dsl;

	@Autowired
	ProductDocuments(TenantDsl dsl) {
		this(dsl::of);
	}

	/** For fixtures that seed a shop by SQL outside a running runtime. */
	public ProductDocuments(Function<Tenant, DSLContext> dsl) {
		this.dsl = dsl;
	}

	/** Rebuilds the product's document, or removes it when the product is not active. */
	public void rebuild(Tenant tenant, UUID productId) {
		rebuild(tenant, List.of(productId));
	}

	/**
	 * Rebuilds each product's document, or removes it when the product is not active: the
	 * locks first (the products' in id order, or the shop's for a large set,
	 * docs/adr/0119), then a statement per table for all of them (docs/adr/0117).
	 */
	public void rebuild(Tenant tenant, Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return;
		}
		DSLContext dsl = this.dsl.apply(tenant);
		SortedSet<UUID> ids = new TreeSet<>(productIds);
		lock(dsl, tenant, ids);
		rebuildLocked(dsl, ids);
	}

	// the products' locks are held by the caller's transaction
	private static void rebuildLocked(DSLContext dsl, SortedSet<UUID> ids) {
		JooqCatalogSource source = new JooqCatalogSource(dsl);
		JooqReadTables tables = new JooqReadTables(dsl);
		String config = tables.searchConfig();
		List<UUID> inOrder = List.copyOf(ids);
		// slices in id order, as one after the other: a collection's change can touch
		// thousands of products, more than a statement's bind values can carry
		for (int from = 0; from < inOrder.size(); from += SLICE) {
			List<UUID> slice = inOrder.subList(from, Math.min(inOrder.size(), from + SLICE));
			Map<UUID, SourceProduct> active = source.activeProducts(slice);
			List<UUID> withdrawn = slice.stream().filter((id) -> !active.containsKey(id)).toList();
			tables.remove(withdrawn);
			// a product no longer public still holds its handles: another product's
			// redirect naming one of them is stale
			tables.write(List.copyOf(active.values()), withdrawn.isEmpty() ? Map.of() : source.handlesOf(withdrawn),
					config);
		}
	}

	/**
	 * After the variant's stock moved: rebuilds its product's document only when the
	 * variant's availability there is no longer what the stock says. Most reservations,
	 * sales and receipts leave a variant as available as it was, and a rebuild rewrites
	 * the whole document and its search vector (docs/adr/0100). Under the product's lock,
	 * so a rebuild that read the stock earlier has committed before the document is
	 * compared; a later stock move brings its own event. Three statements when nothing
	 * changes, the relay's commonest case: the variant's product, its lock, the stock
	 * compared with the document ({@link #changed}, docs/adr/0117).
	 */
	public void stockMoved(Tenant tenant, UUID variantId) {
		changed(tenant, Set.of(), Set.of(variantId));
	}

	/**
	 * After a relay batch of one shop (docs/adr/0117): rebuilds {@code products}, and the
	 * products of {@code movedVariants} whose document no longer shows the variant as
	 * available as its stock does. The locks first, in one statement (docs/adr/0119);
	 * then one statement finds the documents the stock moves left behind; then one
	 * rebuild of the set.
	 */
	public void changed(Tenant tenant, Set<UUID> products, Set<UUID> movedVariants) {
		DSLContext dsl = this.dsl.apply(tenant);
		Map<UUID, UUID> productOfVariant = movedVariants.isEmpty() ? Map.of()
				: new JooqCatalogSource(dsl).productsOfVariants(movedVariants);
		SortedSet<UUID> locked = new TreeSet<>(products);
		locked.addAll(productOfVariant.values());
		if (locked.isEmpty()) {
			return;
		}
		lock(dsl, tenant, locked);
		SortedSet<UUID> rebuilt = new TreeSet<>(products);
		List<UUID> toCompare = productOfVariant.entrySet()
			.stream()
			.filter((moved) -> !products.contains(moved.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		if (!toCompare.isEmpty()) {
			rebuilt.addAll(new JooqReadTables(dsl).documentsBehindStock(toCompare));
		}
		if (!rebuilt.isEmpty()) {
			rebuildLocked(dsl, rebuilt);
		}
	}

	// transaction-scoped: held until the caller's transaction ends. Every caller takes
	// the shop's lock first, then products in id order, so the order is stable: a small
	// set shares the shop's lock and takes its products' own, a large one takes only the
	// shop's, which waits for (and holds off) every small set of the shop
	private static void lock(DSLContext dsl, Tenant tenant, SortedSet<UUID> productIds) {
		Field<String> shop = DSL.val(tenant.schema() + "/");
		if (productIds.size() > PRODUCT_LOCKS) {
			dsl.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class, shop)).fetch();
			return;
		}
		Field<UUID> id = DSL.field(DSL.name("ids", "id"), UUID.class);
		Field<Object> lock = DSL.field(
				"case when {0} is null then pg_advisory_xact_lock_shared(hashtextextended({1}, 0)) else {2} end",
				Object.class, id, shop, lockKey(tenant, id));
		dsl.select(DSL.count(lock))
			.from(DSL.select(DSL.inline(null, UUID.class).as("id"))
				.unionAll(DSL.select(DSL.field(DSL.name("id"), UUID.class))
					.from(DSL.unnest(productIds.toArray(UUID[]::new)).as("ids", "id"))
					.orderBy(DSL.field(DSL.name("id"))))
				.asTable("ids"))
			.fetch();
	}

	// the product's lock, taken where the field is read; one key for every caller
	private static Field<Object> lockKey(Tenant tenant, Field<UUID> productId) {
		return DSL.field("pg_advisory_xact_lock(hashtextextended({0} || {1}::text, 0))", Object.class,
				DSL.val(tenant.schema() + "/"), productId);
	}

	/**
	 * The products whose documents a change of the collection touches: those under it now
	 * and those whose document still names it (it was deleted, or they left it).
	 */
	Set<UUID> productsOfCollection(Tenant tenant, UUID collectionId) {
		DSLContext dsl = this.dsl.apply(tenant);
		Set<UUID> products = new JooqCatalogSource(dsl).productsUnder(collectionId);
		products.addAll(new JooqReadTables(dsl).productsNaming(collectionId));
		return products;
	}

	/**
	 * One batch of the shop's product ids (any status), after {@code after} in id order.
	 */
	List<UUID> productIds(Tenant tenant, UUID after, int limit) {
		return new JooqCatalogSource(this.dsl.apply(tenant)).productIds(after, limit);
	}

	/** Documents whose product no longer exists, the first {@code limit}. */
	List<UUID> orphans(Tenant tenant, int limit) {
		return new JooqReadTables(this.dsl.apply(tenant)).orphans(limit);
	}

	int productCount(Tenant tenant) {
		return new JooqCatalogSource(this.dsl.apply(tenant)).productCount();
	}

}
