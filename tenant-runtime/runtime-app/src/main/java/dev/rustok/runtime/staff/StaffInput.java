package dev.rustok.runtime.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/**
 * A new staff member as an admin types them in.
 *
 * @param email what they will sign in with; compared without regard to case, as Keycloak
 * does
 * @param role {@code owner}, {@code admin}, {@code editor} or {@code viewer}
 */
record StaffInput(String email, String role) {

	// a mailbox with a domain that has a dot: enough to catch a typo, not a full RFC
	// 5322 parser (Keycloak checks it again)
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

	// RFC 5321's limit on a path
	private static final int EMAIL_MAX = 254;

	/** The checked email in lower case and the role. */
	Checked checked() {
		List<FieldProblem> problems = new ArrayList<>();
		String trimmed = (this.email != null) ? this.email.strip().toLowerCase(Locale.ROOT) : "";
		if (trimmed.isEmpty()) {
			problems.add(new FieldProblem("email", "is required"));
		}
		else if (trimmed.length() > EMAIL_MAX) {
			problems.add(new FieldProblem("email", "must be at most " + EMAIL_MAX + " characters"));
		}
		else if (!EMAIL.matcher(trimmed).matches()) {
			problems.add(new FieldProblem("email", "must be an email address, such as jo@example.com"));
		}
		StaffRole checkedRole = role(this.role, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Checked(trimmed, checkedRole);
	}

	static StaffRole role(String role, List<FieldProblem> problems) {
		if (role == null || role.isBlank()) {
			problems.add(new FieldProblem("role", "is required: owner, admin, editor or viewer"));
			return null;
		}
		return StaffRole.ofRealmRole(role).orElseGet(() -> {
			problems.add(new FieldProblem("role", "must be one of owner, admin, editor or viewer"));
			return null;
		});
	}

	record Checked(String email, StaffRole role) {

	}

}
