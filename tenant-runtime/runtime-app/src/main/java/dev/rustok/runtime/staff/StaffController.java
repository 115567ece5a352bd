package dev.rustok.runtime.staff;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's staff on its admin API (docs/adr/0078): owner and admin only
 * ({@code security.SecurityConfiguration}); editors and viewers see nobody's account. A
 * member of another shop is simply not found.
 */
@RestController
@RequestMapping(path = "/api/admin/staff", produces = MediaType.APPLICATION_JSON_VALUE)
class StaffController {

	private final Staff staff;

	StaffController(Staff staff) {
		this.staff = staff;
	}

	@GetMapping
	StaffListView list(Tenant tenant) {
		return new StaffListView(this.staff.list(tenant).stream().map(StaffMemberView::of).toList());
	}

	@GetMapping("/{id}")
	StaffMemberView member(Tenant tenant, @PathVariable UUID id) {
		return StaffMemberView.of(this.staff.find(tenant, id));
	}

	/**
	 * Adds a member who signs in with the one-time password in the answer and must choose
	 * their own at once (docs/adr/0079); the password is shown this once only.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AddedStaffMemberView> add(Tenant tenant, @RequestBody StaffInput input) {
		StaffInput.Checked checked = input.checked();
		Staff.AddedStaffMember added = this.staff.add(tenant, ActingStaff.role(), checked.email(), checked.role());
		StaffMember member = added.member();
		return ResponseEntity.created(URI.create("/api/admin/staff/" + member.id()))
			.body(new AddedStaffMemberView(member.id(), member.email(), member.role().realmRole(), member.enabled(),
					added.password().value()));
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	StaffMemberView change(Tenant tenant, @PathVariable UUID id, @RequestBody StaffChangeInput input) {
		StaffRole role = input.checkedRole();
		return StaffMemberView.of(this.staff.change(tenant, ActingStaff.role(), id, role, input.enabled()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(Tenant tenant, @PathVariable UUID id) {
		this.staff.remove(tenant, ActingStaff.role(), id);
		return ResponseEntity.noContent().build();
	}

	record StaffListView(List<StaffMemberView> items) {

	}

	/**
	 * @param role {@code owner}, {@code admin}, {@code editor} or {@code viewer}
	 * @param enabled whether they may sign in
	 */
	record StaffMemberView(UUID id, String email, String role, boolean enabled) {

		static StaffMemberView of(StaffMember member) {
			return new StaffMemberView(member.id(), member.email(), member.role().realmRole(), member.enabled());
		}

	}

	/**
	 * @param temporaryPassword good for the first sign-in only, which asks for a new one;
	 * never shown again
	 */
	record AddedStaffMemberView(UUID id, String email, String role, boolean enabled, String temporaryPassword) {

	}

}
