package dev.rustok.runtime.staff;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;

/**
 * Port: the staff accounts of a shop, in its identity provider. Every call reaches only
 * the realm of the tenant it is given; a member of another shop is never found.
 */
interface StaffAccounts {

	/** Everyone holding a staff role in the shop, enabled or not. */
	List<StaffMember> list(Tenant tenant);

	/**
	 * Creates an enabled account that must choose a new password at first sign-in.
	 * @throws dev.rustok.runtime.shared.ResourceConflict when the shop already has a user
	 * with that email
	 */
	StaffMember create(Tenant tenant, String email, StaffRole role, TemporaryPassword password);

	/** Leaves the member with {@code role} as their only staff role. */
	void changeRole(Tenant tenant, StaffMember member, StaffRole role);

	void setEnabled(Tenant tenant, StaffMember member, boolean enabled);

	/** Deletes the account; their sessions end. */
	void remove(Tenant tenant, StaffMember member);

	default java.util.Optional<StaffMember> find(Tenant tenant, UUID id) {
		return list(tenant).stream().filter((member) -> member.id().equals(id)).findFirst();
	}

}
