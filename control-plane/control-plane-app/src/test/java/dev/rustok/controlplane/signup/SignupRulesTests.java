package dev.rustok.controlplane.signup;

import dev.rustok.controlplane.FieldError;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignupRulesTests {

	private final SignupRules rules = new SignupRules(Validation.buildDefaultValidatorFactory().getValidator());

	@Test
	void acceptsAReasonableSignup() {
		assertThat(this.rules.check(new SignupRequest("Acme Shoes", "acme-shoes", "jo@acme.example", "12345678")))
			.isEmpty();
	}

	@Test
	void reportsEveryBadFieldAtOnceInFieldOrder() {
		assertThat(this.rules.check(new SignupRequest("", "Acme", "jo", "short"))).extracting(FieldError::field)
			.containsExactly("ownerEmail", "password", "shopName", "slug");
	}

	@Test
	void aReservedSlugIsRefusedEvenThoughItIsWellFormed() {
		assertThat(this.rules.check(new SignupRequest("Acme", "console", "jo@acme.example", "12345678")))
			.containsExactly(new FieldError("slug", "is reserved by the platform"));
	}

	@Test
	void passwordsAreCountedInCharactersFrom8To128() {
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example", "p".repeat(128)))).isEmpty();
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example", "p".repeat(7))))
			.containsExactly(new FieldError("password", "must be 8 to 128 characters long"));
	}

}
