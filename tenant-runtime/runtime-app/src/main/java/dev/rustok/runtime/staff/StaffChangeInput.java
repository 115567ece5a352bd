package dev.rustok.runtime.staff;

import java.util.ArrayList;
import java.util.List;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/**
 * A change to a staff member: a new role, enabling or disabling them, or both. A field
 * left out keeps its value.
 *
 * @param role {@code owner}, {@code admin}, {@code editor} or {@code viewer}
 * @param enabled whether they may sign in
 */
record StaffChangeInput(String role, Boolean enabled) {

	/** The new role, or {@code null} when the change keeps it. */
	StaffRole checkedRole() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.role == null && this.enabled == null) {
			problems.add(new FieldProblem("role", "give a role, enabled, or both"));
		}
		StaffRole checked = (this.role != null) ? StaffInput.role(this.role, problems) : null;
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return checked;
	}

}
