package dev.rustok.runtime.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.rustok.runtime.shared.InvalidInput;

/**
 * A collection as a merchant sent it.
 *
 * @param handle {@code null}: made from the title on create, kept on edit
 * @param productIds the products in order; {@code null} keeps them on edit
 * @param version the version an edit was made from
 */
public record CollectionInput(String title, String handle, String description, UUID parentId, List<UUID> productIds,
		Integer version) {

	/** Products one collection may hold, in order. */
	static final int PRODUCTS_MAX = 1000;

	/** The checked fields. */
	record Checked(String title, Handle handle, String description, CollectionId parentId, List<ProductId> productIds) {

	}

	/**
	 * @throws InvalidInput naming every wrong field
	 */
	Checked check() {
		Problems problems = new Problems();
		String checkedTitle = problems.requiredLine("title", this.title, ProductInput.TITLE_MAX);
		Handle checkedHandle = null;
		if (this.handle != null) {
			problems.add("handle", Handle.problem(this.handle));
			checkedHandle = Handle.problem(this.handle).isEmpty() ? new Handle(this.handle) : null;
		}
		String checkedDescription = problems.optionalText("description", this.description,
				ProductInput.DESCRIPTION_MAX);
		List<ProductId> products = null;
		if (this.productIds != null) {
			problems.list("productIds", this.productIds, PRODUCTS_MAX);
			Set<ProductId> ordered = new LinkedHashSet<>();
			for (int i = 0; i < this.productIds.size(); i++) {
				if (this.productIds.get(i) == null) {
					problems.add("productIds[" + i + "]", "must be an id");
				}
				else if (!ordered.add(new ProductId(this.productIds.get(i)))) {
					problems.add("productIds[" + i + "]", "names a product already in the list");
				}
			}
			products = List.copyOf(ordered);
		}
		problems.throwIfAny();
		return new Checked(checkedTitle, checkedHandle, checkedDescription,
				(this.parentId != null) ? new CollectionId(this.parentId) : null, products);
	}

}
