package dev.rustok.runtime.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * What a staff member may do in the shop's admin (docs/adr/0028), strongest first; each
 * is a realm role of the shop's realm of the same name in lower case.
 */
enum StaffRole {

	OWNER, ADMIN, EDITOR, VIEWER;

	/** The realm role that grants it, e.g. {@code editor}. */
	String realmRole() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<StaffRole> ofRealmRole(String role) {
		for (StaffRole candidate : values()) {
			if (candidate.realmRole().equals(role)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	boolean isStrongerThan(StaffRole other) {
		return ordinal() < other.ordinal();
	}

}
