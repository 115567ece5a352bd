package dev.rustok.runtime.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.rustok.runtime.schema.tables.records.CollectionRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.COLLECTION;
import static dev.rustok.runtime.schema.Tables.COLLECTION_PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/**
 * Collections in the shop's own schema (tenant migration V3), through {@link TenantDsl}.
 */
@Component
class JooqCollections implements Collections {

	private final TenantDsl dsl;

	JooqCollections(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<ProductCollection> all(Tenant tenant) {
		DSLContext sql = this.dsl.of(tenant);
		Map<UUID, List<ProductId>> members = sql.selectFrom(COLLECTION_PRODUCT)
			.orderBy(COLLECTION_PRODUCT.POSITION, COLLECTION_PRODUCT.PRODUCT_ID)
			.fetchGroups(COLLECTION_PRODUCT.COLLECTION_ID, (row) -> new ProductId(row.getProductId()));
		return sql.selectFrom(COLLECTION)
			.orderBy(COLLECTION.TITLE, COLLECTION.ID)
			.fetch((row) -> collection(row, members.getOrDefault(row.getId(), List.of())));
	}

	@Override
	public Optional<ProductCollection> find(Tenant tenant, CollectionId id) {
		DSLContext sql = this.dsl.of(tenant);
		return sql.selectFrom(COLLECTION).where(COLLECTION.ID.eq(id.value())).fetchOptional().map((row) -> {
			List<ProductId> members = sql.select(COLLECTION_PRODUCT.PRODUCT_ID)
				.from(COLLECTION_PRODUCT)
				.where(COLLECTION_PRODUCT.COLLECTION_ID.eq(id.value()))
				.orderBy(COLLECTION_PRODUCT.POSITION, COLLECTION_PRODUCT.PRODUCT_ID)
				.fetch((member) -> new ProductId(member.value1()));
			return collection(row, members);
		});
	}

	private static ProductCollection collection(CollectionRecord row, List<ProductId> members) {
		return new ProductCollection(new CollectionId(row.getId()), new Handle(row.getHandle()), row.getTitle(),
				row.getDescription(), (row.getParentId() != null) ? new CollectionId(row.getParentId()) : null, members,
				row.getVersion(), row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
	}

	@Override
	public boolean insert(Tenant tenant, CollectionId id, Handle handle, CollectionInput.Checked collection) {
		DSLContext sql = this.dsl.of(tenant);
		int inserted = sql.insertInto(COLLECTION)
			.set(COLLECTION.ID, id.value())
			.set(COLLECTION.HANDLE, handle.value())
			.set(COLLECTION.TITLE, collection.title())
			.set(COLLECTION.DESCRIPTION, collection.description())
			.set(COLLECTION.PARENT_ID, (collection.parentId() != null) ? collection.parentId().value() : null)
			.onConflictDoNothing()
			.execute();
		if (inserted == 1 && collection.productIds() != null) {
			writeMembers(sql, id, collection.productIds());
		}
		return inserted == 1;
	}

	@Override
	public boolean replace(Tenant tenant, CollectionId id, int version, Handle handle,
			CollectionInput.Checked collection) {
		DSLContext sql = this.dsl.of(tenant);
		int updated = sql.update(COLLECTION)
			.set(COLLECTION.HANDLE, handle.value())
			.set(COLLECTION.TITLE, collection.title())
			.set(COLLECTION.DESCRIPTION, collection.description())
			.set(COLLECTION.PARENT_ID, (collection.parentId() != null) ? collection.parentId().value() : null)
			.set(COLLECTION.VERSION, COLLECTION.VERSION.plus(1))
			.set(COLLECTION.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(COLLECTION.ID.eq(id.value()), COLLECTION.VERSION.eq(version))
			.execute();
		if (updated == 1 && collection.productIds() != null) {
			sql.deleteFrom(COLLECTION_PRODUCT).where(COLLECTION_PRODUCT.COLLECTION_ID.eq(id.value())).execute();
			writeMembers(sql, id, collection.productIds());
		}
		return updated == 1;
	}

	private static void writeMembers(DSLContext sql, CollectionId id, List<ProductId> products) {
		if (products.isEmpty()) {
			return;
		}
		var insert = sql.insertInto(COLLECTION_PRODUCT, COLLECTION_PRODUCT.COLLECTION_ID, COLLECTION_PRODUCT.PRODUCT_ID,
				COLLECTION_PRODUCT.POSITION);
		for (int position = 0; position < products.size(); position++) {
			insert = insert.values(id.value(), products.get(position).value(), position);
		}
		insert.execute();
	}

	@Override
	public boolean delete(Tenant tenant, CollectionId id, int version) {
		return this.dsl.of(tenant)
			.deleteFrom(COLLECTION)
			.where(COLLECTION.ID.eq(id.value()), COLLECTION.VERSION.eq(version))
			.execute() == 1;
	}

	@Override
	public Optional<CollectionId> currentOwner(Tenant tenant, Handle handle) {
		return this.dsl.of(tenant)
			.select(COLLECTION.ID)
			.from(COLLECTION)
			.where(COLLECTION.HANDLE.eq(handle.value()))
			.fetchOptional((row) -> new CollectionId(row.value1()));
	}

	@Override
	public Set<String> handlesStartingWith(Tenant tenant, Handle base) {
		return new HashSet<>(this.dsl.of(tenant)
			.select(COLLECTION.HANDLE)
			.from(COLLECTION)
			.where(COLLECTION.HANDLE.eq(base.value()).or(COLLECTION.HANDLE.like(base.value() + "-%")))
			.fetch(COLLECTION.HANDLE));
	}

	@Override
	public Map<CollectionId, CollectionId> parents(Tenant tenant) {
		Map<CollectionId, CollectionId> parents = new HashMap<>();
		this.dsl.of(tenant)
			.select(COLLECTION.ID, COLLECTION.PARENT_ID)
			.from(COLLECTION)
			.where(COLLECTION.PARENT_ID.isNotNull())
			.forEach((row) -> parents.put(new CollectionId(row.value1()), new CollectionId(row.value2())));
		return parents;
	}

	@Override
	public Set<ProductId> unknownProducts(Tenant tenant, List<ProductId> ids) {
		Set<UUID> known = new HashSet<>(this.dsl.of(tenant)
			.select(PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.ID.in(ids.stream().map(ProductId::value).toList()))
			.fetch(PRODUCT.ID));
		return ids.stream().filter((id) -> !known.contains(id.value())).collect(Collectors.toSet());
	}

	@Override
	public List<PricedVariant> pricesForUpdate(Tenant tenant, CollectionId id, String currency) {
		return this.dsl.of(tenant)
			.select(PRODUCT_VARIANT.PRODUCT_ID, PRODUCT_VARIANT.ID, PRODUCT_VARIANT.SKU, VARIANT_PRICE.AMOUNT_MINOR)
			.from(VARIANT_PRICE)
			.join(PRODUCT_VARIANT)
			.on(PRODUCT_VARIANT.ID.eq(VARIANT_PRICE.VARIANT_ID))
			.join(COLLECTION_PRODUCT)
			.on(COLLECTION_PRODUCT.PRODUCT_ID.eq(PRODUCT_VARIANT.PRODUCT_ID))
			.where(COLLECTION_PRODUCT.COLLECTION_ID.eq(id.value()), VARIANT_PRICE.CURRENCY.eq(currency))
			.orderBy(PRODUCT_VARIANT.PRODUCT_ID, PRODUCT_VARIANT.POSITION)
			.forUpdate()
			.of(VARIANT_PRICE)
			.fetch((row) -> new PricedVariant(new ProductId(row.value1()), new VariantId(row.value2()), row.value3(),
					row.value4()));
	}

	@Override
	public void changePrices(Tenant tenant, String currency, List<PricedVariant> changed) {
		DSLContext sql = this.dsl.of(tenant);
		for (PricedVariant price : changed) {
			sql.update(VARIANT_PRICE)
				.set(VARIANT_PRICE.AMOUNT_MINOR, price.amountMinor())
				.where(VARIANT_PRICE.VARIANT_ID.eq(price.variant().value()), VARIANT_PRICE.CURRENCY.eq(currency))
				.execute();
		}
		Set<UUID> products = changed.stream().map((price) -> price.product().value()).collect(Collectors.toSet());
		sql.update(PRODUCT)
			.set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
			.set(PRODUCT.UPDATED_AT, DSL.currentOffsetDateTime())
			.where(PRODUCT.ID.in(products))
			.execute();
	}

}
