package dev.rustok.runtime.storefront;

import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.shared.TenantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys of cached answers: one key per question, per shop, per generation; two questions
 * never share one, whatever text a shopper puts in a tag or a search.
 */
class AnswerKeyPropertyTests {

	@Property
	void twoListRequestsShareAKeyOnlyWhenTheyAreTheSameRequest(@ForAll("requests") ListingRequest one,
			@ForAll("requests") ListingRequest other) {
		assertThat(AnswerKeys.listing(one).equals(AnswerKeys.listing(other))).isEqualTo(one.equals(other));
	}

	@Property
	void twoShopsAskingTheSameNeverShareAKey(@ForAll("slugs") String one, @ForAll("slugs") String other,
			@ForAll long generation, @ForAll String subject) {
		String ofOne = AnswerKeys.of(new TenantId(one), generation, "handle", subject);
		String ofOther = AnswerKeys.of(new TenantId(other), generation, "handle", subject);

		assertThat(ofOne.equals(ofOther)).isEqualTo(one.equals(other));
	}

	@Property
	void aRetiredGenerationNeverNamesTheNewAnswers(@ForAll long retired, @ForAll long current, @ForAll String subject) {
		TenantId shop = new TenantId("acme");

		assertThat(AnswerKeys.of(shop, retired, "list", subject).equals(AnswerKeys.of(shop, current, "list", subject)))
			.isEqualTo(retired == current);
	}

	@Example
	void theListKeyWritesEveryPartOfTheRequest() {
		// a part added to the request or its filter must be added to AnswerKeys.listing:
		// otherwise two requests that differ only in it would share one cached answer
		assertThat(ListingRequest.class.getRecordComponents()).as("parts of ListingRequest").hasSize(4);
		assertThat(ProductFilter.class.getRecordComponents()).as("parts of ProductFilter").hasSize(8);
	}

	@Provide
	Arbitrary<String> slugs() {
		return Arbitraries.of("acme", "acme-books", "books", "a", "b-1");
	}

	@Provide
	Arbitrary<ListingRequest> requests() {
		// few distinct values, many separators and digits: collisions would show
		Arbitrary<Optional<String>> text = Arbitraries.of("", "1", "1:", ":", "-", "a", "a-", "1:a", "-1:a", "\u001f")
			.list()
			.ofMaxSize(2)
			.map((parts) -> String.join("", parts))
			.optional(0.6);
		Arbitrary<Optional<Long>> price = Arbitraries.longs().between(0, 12).optional(0.5);
		Arbitrary<ProductFilter> filter = Combinators
			.combine(text, text, text, price, price, Arbitraries.of("EUR", "USD").optional(0.5),
					Arbitraries.of(true, false), text)
			.as(ProductFilter::new);
		Arbitrary<ProductSort> sort = Arbitraries.of(ProductSort.class);
		Arbitrary<Optional<String>> cursorKey = text;
		return Combinators.combine(filter, sort, Arbitraries.integers().between(1, 3), cursorKey)
			.as((f, s, limit, key) -> new ListingRequest(f, s, limit,
					key.map((k) -> new Cursor(s, k, new UUID(0, k.length())))));
	}

}
