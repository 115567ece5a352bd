package dev.rustok.runtime.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Handles made from titles: URL-safe, stable, and unique within a shop. */
class HandlePropertyTests {

	@Property
	void aHandleFromAnyTitleIsUrlSafe(@ForAll @StringLength(max = 400) String title) {
		Handle handle = Handle.fromTitle(title, "product");

		assertThat(handle.value()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Handle.BASE_MAX);
		assertThat(Handle.problem(handle.value())).isEmpty();
	}

	@Property
	void theSameTitleAlwaysGivesTheSameHandle(@ForAll String title) {
		assertThat(Handle.fromTitle(title, "product")).isEqualTo(Handle.fromTitle(new String(title), "product"));
	}

	@Property
	void titlesThatDifferOnlyInCaseAccentsAndPunctuationShareAHandle(@ForAll("words") List<String> words) {
		String plain = String.join(" ", words);
		String shouted = String.join(" -- ", words).toUpperCase(java.util.Locale.ROOT) + "!";

		assertThat(Handle.fromTitle(shouted, "product")).isEqualTo(Handle.fromTitle(plain, "product"));
	}

	@Property
	void handlesHandedOutOneAfterAnotherNeverRepeat(@ForAll @StringLength(max = 60) String title,
			@ForAll @IntRange(min = 1, max = 60) int products) {
		Set<String> taken = new HashSet<>();
		Handle base = Handle.fromTitle(title, "product");
		for (int i = 0; i < products; i++) {
			Handle next = base.firstFreeAmong(taken);
			assertThat(taken.add(next.value())).as("handed out twice: " + next).isTrue();
			assertThat(Handle.problem(next.value())).isEmpty();
		}
	}

	@Property
	void aFreeHandleIsKeptAsItIs(@ForAll @StringLength(min = 1, max = 60) String title,
			@ForAll @Size(max = 10) Set<String> otherHandles) {
		Handle base = Handle.fromTitle(title, "product");
		otherHandles.remove(base.value());

		assertThat(base.firstFreeAmong(otherHandles)).isEqualTo(base);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<List<String>> words() {
		return net.jqwik.api.Arbitraries.strings()
			.withCharRange('a', 'z')
			.ofMinLength(1)
			.ofMaxLength(8)
			.list()
			.ofMinSize(1)
			.ofMaxSize(6);
	}

}
