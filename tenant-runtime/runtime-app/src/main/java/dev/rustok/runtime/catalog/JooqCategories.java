package dev.rustok.runtime.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rustok.runtime.schema.tables.records.CategoryRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CATEGORY;

/** The category tree in the shop's own schema (tenant migration V3). */
@Component
class JooqCategories implements Categories {

	private final TenantDsl dsl;

	JooqCategories(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<Category> all(Tenant tenant) {
		List<Category> flat = this.dsl.of(tenant)
			.selectFrom(CATEGORY)
			.orderBy(CATEGORY.POSITION, CATEGORY.NAME, CATEGORY.ID)
			.fetch(JooqCategories::category);
		return CategoryOrder.parentsFirst(flat);
	}

	@Override
	public Optional<Category> find(Tenant tenant, CategoryId id) {
		return this.dsl.of(tenant)
			.selectFrom(CATEGORY)
			.where(CATEGORY.ID.eq(id.value()))
			.fetchOptional(JooqCategories::category);
	}

	private static Category category(CategoryRecord row) {
		return new Category(new CategoryId(row.getId()), new Handle(row.getHandle()), row.getName(),
				(row.getParentId() != null) ? new CategoryId(row.getParentId()) : null, row.getPosition(),
				row.getVersion(), row.getCreatedAt().toInstant());
	}

	@Override
	public boolean insert(Tenant tenant, CategoryId id, Handle handle, CategoryInput.Checked category) {
		return this.dsl.of(tenant)
			.insertInto(CATEGORY)
			.set(CATEGORY.ID, id.value())
			.set(CATEGORY.HANDLE, handle.value())
			.set(CATEGORY.NAME, category.name())
			.set(CATEGORY.PARENT_ID, (category.parentId() != null) ? category.parentId().value() : null)
			.set(CATEGORY.POSITION, category.position())
			.onConflictDoNothing()
			.execute() == 1;
	}

	@Override
	public boolean replace(Tenant tenant, CategoryId id, int version, Handle handle, CategoryInput.Checked category) {
		return this.dsl.of(tenant)
			.update(CATEGORY)
			.set(CATEGORY.HANDLE, handle.value())
			.set(CATEGORY.NAME, category.name())
			.set(CATEGORY.PARENT_ID, (category.parentId() != null) ? category.parentId().value() : null)
			.set(CATEGORY.POSITION, category.position())
			.set(CATEGORY.VERSION, CATEGORY.VERSION.plus(1))
			.where(CATEGORY.ID.eq(id.value()), CATEGORY.VERSION.eq(version))
			.execute() == 1;
	}

	@Override
	public boolean delete(Tenant tenant, CategoryId id, int version) {
		return this.dsl.of(tenant)
			.deleteFrom(CATEGORY)
			.where(CATEGORY.ID.eq(id.value()), CATEGORY.VERSION.eq(version))
			.execute() == 1;
	}

	@Override
	public boolean hasChildren(Tenant tenant, CategoryId id) {
		return this.dsl.of(tenant).fetchExists(CATEGORY, CATEGORY.PARENT_ID.eq(id.value()));
	}

	@Override
	public Optional<CategoryId> currentOwner(Tenant tenant, Handle handle) {
		return this.dsl.of(tenant)
			.select(CATEGORY.ID)
			.from(CATEGORY)
			.where(CATEGORY.HANDLE.eq(handle.value()))
			.fetchOptional((row) -> new CategoryId(row.value1()));
	}

	@Override
	public Set<String> handlesStartingWith(Tenant tenant, Handle base) {
		return new HashSet<>(this.dsl.of(tenant)
			.select(CATEGORY.HANDLE)
			.from(CATEGORY)
			.where(CATEGORY.HANDLE.eq(base.value()).or(CATEGORY.HANDLE.like(base.value() + "-%")))
			.fetch(CATEGORY.HANDLE));
	}

	@Override
	public Map<CategoryId, CategoryId> parents(Tenant tenant) {
		Map<CategoryId, CategoryId> parents = new HashMap<>();
		this.dsl.of(tenant)
			.select(CATEGORY.ID, CATEGORY.PARENT_ID)
			.from(CATEGORY)
			.where(CATEGORY.PARENT_ID.isNotNull())
			.forEach((row) -> parents.put(new CategoryId(row.value1()), new CategoryId(row.value2())));
		return parents;
	}

}
