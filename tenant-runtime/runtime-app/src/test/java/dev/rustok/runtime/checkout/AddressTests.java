package dev.rustok.runtime.checkout;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressTests {

	@Test
	void namesEveryMissingOrWrongFieldAtOnce() {
		assertThatThrownBy(() -> Address.checked(" ", null, "", "Berlin", null, "Germany", "new york"))
			.isInstanceOfSatisfying(InvalidInput.class,
					(invalid) -> assertThat(invalid.errors()).extracting(FieldProblem::field)
						.containsExactly("address.fullName", "address.line1", "address.postalCode", "address.country",
								"address.region"));
	}

	@Test
	void keepsAnAddressTrimmedWithItsCountryAndRegionUpperCase() {
		Address address = Address.checked(" Ann ", "Main St 1", " ", "Albany", "12207", "us", "ny");

		assertThat(address).isEqualTo(new Address("Ann", "Main St 1", null, "Albany", "12207", "US", "NY"));
	}

	@Test
	void refusesAnEmailWithoutAnAtOrADomain() {
		assertThatThrownBy(() -> Contact.checked("ann")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> Contact.checked("ann@localhost")).isInstanceOf(InvalidInput.class);
		assertThat(Contact.checked(" ann@shop.example ").email()).isEqualTo("ann@shop.example");
	}

}
