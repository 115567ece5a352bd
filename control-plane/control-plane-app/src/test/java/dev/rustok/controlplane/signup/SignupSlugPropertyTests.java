package dev.rustok.controlplane.signup;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class SignupSlugPropertyTests {

	@Property
	void acceptsLowerCaseWordsJoinedBySingleDashes(@ForAll("validSlugs") String slug) {
		assertThat(SignupRules.slugProblem(slug)).isEmpty();
	}

	@Property
	void rejectsASlugWithAnUpperCaseLetter(@ForAll("validSlugs") String slug, @ForAll @IntRange(max = 39) int at,
			@ForAll("upperCaseLetters") char letter) {
		assertThat(SignupRules.slugProblem(insert(slug, at, letter))).isPresent();
	}

	@Property
	void rejectsASlugWithAnUnderscore(@ForAll("validSlugs") String slug, @ForAll @IntRange(max = 39) int at) {
		assertThat(SignupRules.slugProblem(insert(slug, at, '_'))).isPresent();
	}

	@Property
	void rejectsALeadingOrTrailingDash(@ForAll("validSlugs") String slug) {
		assertThat(SignupRules.slugProblem("-" + slug.substring(1))).isPresent();
		assertThat(SignupRules.slugProblem(slug.substring(0, slug.length() - 1) + "-")).isPresent();
	}

	@Property
	void rejectsASlugLongerThan40Characters(@ForAll("validSlugs") String slug) {
		String tooLong = (slug + "-" + "a".repeat(40)).substring(0, 41 + slug.length() % 10);

		assertThat(SignupRules.slugProblem(tooLong.endsWith("-") ? tooLong + "a" : tooLong)).isPresent();
	}

	@Property
	void rejectsEveryReservedName(@ForAll("reservedSlugs") String slug) {
		assertThat(SignupRules.slugProblem(slug)).contains("is reserved by the platform");
	}

	@Provide
	Arbitrary<String> validSlugs() {
		Arbitrary<String> word = Arbitraries.strings()
			.withCharRange('a', 'z')
			.withCharRange('0', '9')
			.ofMinLength(1)
			.ofMaxLength(12);
		return word.list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.map((words) -> String.join("-", words))
			.filter((slug) -> slug.length() >= 3 && slug.length() <= 40 && !SignupRules.RESERVED_SLUGS.contains(slug));
	}

	@Provide
	Arbitrary<Character> upperCaseLetters() {
		return Arbitraries.chars().range('A', 'Z');
	}

	@Provide
	Arbitrary<String> reservedSlugs() {
		return Arbitraries.of(SignupRules.RESERVED_SLUGS);
	}

	private static String insert(String slug, int at, char character) {
		int position = Math.min(at, slug.length());
		return slug.substring(0, position) + character + slug.substring(position);
	}

}
