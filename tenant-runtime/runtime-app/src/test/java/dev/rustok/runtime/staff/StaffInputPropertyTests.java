package dev.rustok.runtime.staff;

import java.util.Locale;
import java.util.Set;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends as a new member, it is either accepted as a lower-case address
 * with a known role, or refused naming only {@code email} and {@code role}: never another
 * failure (a 500), never an unknown role.
 */
class StaffInputPropertyTests {

	@Property
	void anyBodyIsAcceptedCleanOrRefusedNamingItsFields(@ForAll("emails") String email, @ForAll("roles") String role) {
		try {
			StaffInput.Checked checked = new StaffInput(email, role).checked();
			assertThat(checked.email()).isEqualTo(checked.email().strip().toLowerCase(Locale.ROOT))
				.contains("@")
				.hasSizeLessThanOrEqualTo(254);
			assertThat(checked.role().realmRole()).isEqualTo(role);
		}
		catch (InvalidInput refused) {
			assertThat(refused.errors()).isNotEmpty()
				.extracting(FieldProblem::field)
				.allSatisfy((field) -> assertThat(Set.of("email", "role")).contains(field));
		}
	}

	@Property
	void aWellFormedAddressWithAStaffRoleIsAlwaysAccepted(@ForAll("mailboxes") String local,
			@ForAll("mailboxes") String domain, @ForAll("staffRoles") String role) {
		String email = " " + local.toUpperCase(Locale.ROOT) + "@" + domain + ".example ";

		StaffInput.Checked checked = new StaffInput(email, role).checked();

		assertThat(checked.email()).isEqualTo((local + "@" + domain + ".example").toLowerCase(Locale.ROOT));
		assertThat(checked.role()).isEqualTo(StaffRole.ofRealmRole(role).orElseThrow());
	}

	@Provide
	Arbitrary<String> emails() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), Arbitraries.just(null),
				Arbitraries.strings().alpha().numeric().withChars("@.-_ ").ofMaxLength(40),
				mailboxes().map((local) -> local + "@shop.example"),
				Arbitraries.strings().alpha().ofLength(250).map((local) -> local + "@a.example"));
	}

	@Provide
	Arbitrary<String> roles() {
		return Arbitraries.oneOf(staffRoles(), Arbitraries.of("customer", "root", "Owner", "", " admin"),
				Arbitraries.just(null), Arbitraries.strings().ofMaxLength(10));
	}

	@Provide
	Arbitrary<String> staffRoles() {
		return Arbitraries.of("owner", "admin", "editor", "viewer");
	}

	@Provide
	Arbitrary<String> mailboxes() {
		return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(30);
	}

}
