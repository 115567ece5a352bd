package dev.rustok.runtime.staff;

import java.util.UUID;

/**
 * A person who works on the shop.
 *
 * @param id the user's id in the shop's realm
 * @param email also what they sign in with
 * @param role their strongest staff role (a user given several keeps the strongest)
 * @param enabled whether they may sign in; a disabled member keeps their role but does
 * not count against the plan
 */
record StaffMember(UUID id, String email, StaffRole role, boolean enabled) {

	boolean isEnabledOwner() {
		return this.enabled && this.role == StaffRole.OWNER;
	}

}
