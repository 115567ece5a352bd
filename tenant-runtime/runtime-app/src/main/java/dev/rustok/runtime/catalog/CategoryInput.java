package dev.rustok.runtime.catalog;

import java.util.UUID;

import dev.rustok.runtime.shared.InvalidInput;

/**
 * A category as a merchant sent it.
 *
 * @param handle {@code null}: made from the name on create, kept on edit
 * @param position order among siblings, {@code 0} when absent
 * @param version the version an edit was made from
 */
public record CategoryInput(String name, String handle, UUID parentId, Integer position, Integer version) {

	static final int POSITION_MAX = 1_000_000;

	record Checked(String name, Handle handle, CategoryId parentId, int position) {

	}

	/**
	 * @throws InvalidInput naming every wrong field
	 */
	Checked check() {
		Problems problems = new Problems();
		String checkedName = problems.requiredLine("name", this.name, ProductInput.TITLE_MAX);
		Handle checkedHandle = null;
		if (this.handle != null) {
			problems.add("handle", Handle.problem(this.handle));
			checkedHandle = Handle.problem(this.handle).isEmpty() ? new Handle(this.handle) : null;
		}
		int checkedPosition = (this.position != null) ? this.position : 0;
		if (checkedPosition < 0 || checkedPosition > POSITION_MAX) {
			problems.add("position", "must be between 0 and " + POSITION_MAX);
		}
		problems.throwIfAny();
		return new Checked(checkedName, checkedHandle, (this.parentId != null) ? new CategoryId(this.parentId) : null,
				checkedPosition);
	}

}
