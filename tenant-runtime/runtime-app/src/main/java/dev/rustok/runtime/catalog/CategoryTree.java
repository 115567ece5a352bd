package dev.rustok.runtime.catalog;

import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.StaleVersion;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of a shop's category tree: no category under itself or its descendants, and a
 * category with children is not deleted. One transaction per call.
 */
@Service
@Transactional
public class CategoryTree {

	private final Categories categories;

	CategoryTree(Categories categories) {
		this.categories = categories;
	}

	/** Every category, each parent right before its children. */
	@Transactional(readOnly = true)
	public List<Category> categories(Tenant tenant) {
		return this.categories.all(tenant);
	}

	@Transactional(readOnly = true)
	public Category category(Tenant tenant, CategoryId id) {
		return this.categories.find(tenant, id)
			.orElseThrow(() -> new ResourceNotFound("This shop has no category " + id));
	}

	public Category create(Tenant tenant, CategoryInput input) {
		CategoryInput.Checked checked = checked(tenant, null, input);
		CategoryId id = CategoryId.random();
		Handle handle = (checked.handle() != null) ? checked.handle() : Handle.fromTitle(checked.name(), "category")
			.firstFreeAmong(this.categories.handlesStartingWith(tenant, Handle.fromTitle(checked.name(), "category")));
		if (this.categories.currentOwner(tenant, handle).isPresent()
				|| !this.categories.insert(tenant, id, handle, checked)) {
			throw new DuplicateHandle(handle, "category");
		}
		return category(tenant, id);
	}

	public Category replace(Tenant tenant, CategoryId id, CategoryInput input) {
		if (input.version() == null) {
			throw new InvalidInput(List.of(new FieldProblem("version", "is required: the version you read")));
		}
		Category current = category(tenant, id);
		if (current.version() != input.version()) {
			throw new StaleVersion(input.version(), current.version());
		}
		CategoryInput.Checked checked = checked(tenant, id, input);
		Handle handle = (checked.handle() != null) ? checked.handle() : current.handle();
		if (!handle.equals(current.handle()) && this.categories.currentOwner(tenant, handle).isPresent()) {
			throw new DuplicateHandle(handle, "category");
		}
		if (!this.categories.replace(tenant, id, current.version(), handle, checked)) {
			throw new StaleVersion(input.version(), category(tenant, id).version());
		}
		return category(tenant, id);
	}

	/**
	 * @throws ResourceConflict when the category still has children
	 */
	public void delete(Tenant tenant, CategoryId id, Integer version) {
		if (version == null) {
			throw new InvalidInput(List.of(new FieldProblem("version", "is required: the version you read")));
		}
		Category current = category(tenant, id);
		if (current.version() != version) {
			throw new StaleVersion(version, current.version());
		}
		if (this.categories.hasChildren(tenant, id)) {
			throw new ResourceConflict(
					new FieldProblem("id", "the category has sub-categories: move or delete them first"));
		}
		if (!this.categories.delete(tenant, id, version)) {
			throw new StaleVersion(version, category(tenant, id).version());
		}
	}

	private CategoryInput.Checked checked(Tenant tenant, CategoryId self, CategoryInput input) {
		CategoryInput.Checked checked = input.check();
		if (checked.parentId() != null) {
			if (this.categories.find(tenant, checked.parentId()).isEmpty()) {
				throw new InvalidInput(List.of(new FieldProblem("parentId", "is no category of this shop")));
			}
			if (self != null
					&& ManualCollections.leadsBackTo(self, checked.parentId(), this.categories.parents(tenant))) {
				throw new InvalidInput(List.of(new FieldProblem("parentId",
						"would put the category under itself: it is this category or one below it")));
			}
		}
		return checked;
	}

}
