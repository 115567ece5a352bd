package dev.rustok.controlplane.signup;

import dev.rustok.controlplane.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignupRulesTests {

	private static final String PASSWORD = "correct-horse-battery-9";

	private final SignupRules rules = new SignupRules();

	@Test
	void acceptsAReasonableSignup() {
		assertThat(this.rules.check(new SignupRequest("Acme Shoes", "acme-shoes", "jo@acme.example", PASSWORD)))
			.isEmpty();
	}

	@Test
	void reportsEveryBadFieldAtOnceInFieldOrder() {
		assertThat(this.rules.check(new SignupRequest("", "Acme", "jo", "short"))).extracting(FieldError::field)
			.containsExactly("ownerEmail", "password", "shopName", "slug");
	}

	@Test
	void aReservedSlugIsRefusedEvenThoughItIsWellFormed() {
		assertThat(this.rules.check(new SignupRequest("Acme", "console", "jo@acme.example", PASSWORD)))
			.containsExactly(new FieldError("slug", "is reserved by the platform"));
	}

	@Test
	void passwordsAreCountedInCodePointsFrom12To128() {
		assertThat(
				this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example", "pass-word-" + "🙂".repeat(2))))
			.isEmpty();
		assertThat(this.rules
			.check(new SignupRequest("Acme", "acme", "jo@acme.example", "abcdefghij".repeat(12) + "12345678")))
			.isEmpty();
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example", "abcde-12345")))
			.singleElement()
			.satisfies((error) -> assertThat(error.reason()).contains("12 to 128", "code points", "it has 11"));
	}

	@Test
	void refusesAPasswordOfFewerThanFiveDifferentCharacters() {
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example", "aaaaaaaaaaaa")))
			.containsExactly(new FieldError("password", "must contain at least 5 different characters"));
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example", "abababababcdcd")))
			.containsExactly(new FieldError("password", "must contain at least 5 different characters"));
	}

	@Test
	void refusesThePasswordThatIsTheEmailIgnoringCase() {
		assertThat(
				this.rules.check(new SignupRequest("Acme", "acme", "Jo.Smith@Acme.example", "jo.smith@acme.EXAMPLE")))
			.containsExactly(new FieldError("password", "must not be your email address"));
	}

	@Test
	void refusesAnEmailWithoutADotInItsDomainOrWithBadLabels() {
		for (String email : new String[] { "a@b", "jo@acme", "jo@-acme.example", "jo@acme..example", "jo@acme.example.",
				"@acme.example", "jo@", "jo@@acme.example", "jo smith@acme.example" }) {
			assertThat(this.rules.check(new SignupRequest("Acme", "acme", email, PASSWORD))).as(email)
				.singleElement()
				.satisfies((error) -> assertThat(error.field()).isEqualTo("ownerEmail"));
		}
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@shop.acme-shoes.example", PASSWORD)))
			.isEmpty();
	}

	@Test
	void refusesAnEmailLongerThan254Characters() {
		String email = "j".repeat(64) + "@" + ("a".repeat(60) + ".").repeat(3) + "example";

		assertThat(this.rules.check(new SignupRequest("Acme", "acme", email, PASSWORD))).singleElement()
			.satisfies((error) -> assertThat(error.reason()).contains("254"));
	}

	@Test
	void refusesANulOrAnotherControlCharacterInAnyFieldNamingIt() {
		assertThat(this.rules.check(new SignupRequest("Ac\u0000me", "acme", "jo@acme.example", PASSWORD)))
			.containsExactly(
					new FieldError("shopName", "must not contain control characters (found U+0000 at character 3)"));
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example\u001b", PASSWORD)))
			.extracting(FieldError::field)
			.containsExactly("ownerEmail");
		assertThat(this.rules.check(new SignupRequest("Acme", "ac\u0007me", "jo@acme.example", PASSWORD)))
			.extracting(FieldError::field)
			.containsExactly("slug");
		assertThat(this.rules.check(new SignupRequest("Acme", "acme", "jo@acme.example", PASSWORD + "\u0000")))
			.extracting(FieldError::field)
			.containsExactly("password");
	}

	@Test
	void refusesALoneSurrogateNamingTheField() {
		assertThat(this.rules.check(new SignupRequest("Acme \uD83D shoes", "acme", "jo@acme.example", PASSWORD)))
			.singleElement()
			.satisfies((error) -> assertThat(error).isEqualTo(new FieldError("shopName",
					"contains an unpaired UTF-16 surrogate at character 6; send valid Unicode text")));
	}

	@Test
	void countsTheShopNameInCodePointsSo100EmojiFit() {
		assertThat(this.rules.check(new SignupRequest("🛍".repeat(100), "acme", "jo@acme.example", PASSWORD)))
			.isEmpty();
		assertThat(this.rules.check(new SignupRequest("🛍".repeat(101), "acme", "jo@acme.example", PASSWORD)))
			.containsExactly(
					new FieldError("shopName", "must be at most 100 characters (counted as Unicode code points)"));
	}

}
