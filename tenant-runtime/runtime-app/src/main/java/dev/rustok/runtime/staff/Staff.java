package dev.rustok.runtime.staff;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade: the shop's staff and who may change them (docs/adr/0078). Owner and admin
 * manage staff; only an owner creates, promotes, changes or removes an owner; the last
 * enabled owner can be neither demoted, disabled nor removed; a new or re-enabled member
 * must fit the plan ({@link StaffQuota}). Each write runs under the shop's
 * {@link StaffWriteLock}, so two writes cannot both take the last place or both remove
 * one of the last two owners.
 */
@Component
class Staff {

	private final StaffAccounts accounts;

	private final StaffQuota quota;

	private final StaffWriteLock lock;

	Staff(StaffAccounts accounts, StaffQuota quota, StaffWriteLock lock) {
		this.accounts = accounts;
		this.quota = quota;
		this.lock = lock;
	}

	List<StaffMember> list(Tenant tenant) {
		return this.accounts.list(tenant);
	}

	StaffMember find(Tenant tenant, UUID id) {
		return this.accounts.find(tenant, id).orElseThrow(() -> notFound(id));
	}

	/** Adds an enabled member; the temporary password is returned here only. */
	@Transactional
	AddedStaffMember add(Tenant tenant, StaffRole actor, String email, StaffRole role) {
		if (role == StaffRole.OWNER) {
			requireOwner(actor, "role", "only an owner may make an owner");
		}
		this.lock.hold(tenant);
		this.quota.checkRoomForOneMore(tenant, this.accounts.list(tenant), "email");
		TemporaryPassword password = TemporaryPassword.generate();
		return new AddedStaffMember(this.accounts.create(tenant, email, role, password), password);
	}

	/**
	 * Changes a member's role, whether they may sign in, or both.
	 * @param role the new role, or {@code null} to keep it
	 * @param enabled the new state, or {@code null} to keep it
	 */
	@Transactional
	StaffMember change(Tenant tenant, StaffRole actor, UUID id, StaffRole role, Boolean enabled) {
		this.lock.hold(tenant);
		List<StaffMember> members = this.accounts.list(tenant);
		StaffMember member = members.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> notFound(id));
		StaffRole newRole = (role != null) ? role : member.role();
		boolean nowEnabled = (enabled != null) ? enabled : member.enabled();
		if (member.role() == StaffRole.OWNER || newRole == StaffRole.OWNER) {
			requireOwner(actor, (role != null) ? "role" : "enabled", "only an owner may change an owner");
		}
		if (member.isEnabledOwner() && (newRole != StaffRole.OWNER || !nowEnabled)) {
			requireAnotherOwner(members, (newRole != StaffRole.OWNER) ? "role" : "enabled");
		}
		if (nowEnabled && !member.enabled()) {
			this.quota.checkRoomForOneMore(tenant, members, "enabled");
		}
		if (newRole != member.role()) {
			this.accounts.changeRole(tenant, member, newRole);
		}
		if (nowEnabled != member.enabled()) {
			this.accounts.setEnabled(tenant, member, nowEnabled);
		}
		return new StaffMember(member.id(), member.email(), newRole, nowEnabled);
	}

	@Transactional
	void remove(Tenant tenant, StaffRole actor, UUID id) {
		this.lock.hold(tenant);
		List<StaffMember> members = this.accounts.list(tenant);
		StaffMember member = members.stream()
			.filter((candidate) -> candidate.id().equals(id))
			.findFirst()
			.orElseThrow(() -> notFound(id));
		if (member.role() == StaffRole.OWNER) {
			requireOwner(actor, "id", "only an owner may remove an owner");
		}
		if (member.isEnabledOwner()) {
			requireAnotherOwner(members, "id");
		}
		this.accounts.remove(tenant, member);
	}

	private static void requireOwner(StaffRole actor, String field, String reason) {
		if (actor != StaffRole.OWNER) {
			throw new StaffChangeRefused(field, reason);
		}
	}

	private static void requireAnotherOwner(List<StaffMember> members, String field) {
		if (members.stream().filter(StaffMember::isEnabledOwner).count() < 2) {
			throw new ResourceConflict(new FieldProblem(field,
					"is the shop's last owner: make another member owner first, so the shop keeps one"));
		}
	}

	private static ResourceNotFound notFound(UUID id) {
		return new ResourceNotFound("This shop has no staff member " + id);
	}

	/** A member just added, with the one-time password to hand to them. */
	record AddedStaffMember(StaffMember member, TemporaryPassword password) {

	}

}
