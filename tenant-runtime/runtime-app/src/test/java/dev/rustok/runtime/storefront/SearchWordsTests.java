package dev.rustok.runtime.storefront;

import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a shopper's words become in to_tsquery (docs/adr/0112): the last word a prefix,
 * the others whole, and nothing else.
 */
class SearchWordsTests {

	@Test
	void theWordBeingTypedIsAPrefixAndTheWordsBeforeItAreWhole() {
		assertThat(JooqIndexedFilters.prefixQuery("walnut la")).contains("walnut & la:*");
		assertThat(JooqIndexedFilters.prefixQuery("kett")).contains("kett:*");
		assertThat(JooqIndexedFilters.prefixQuery("  Blue,  linen   SHIRT ")).contains("Blue & linen & SHIRT:*");
	}

	@Test
	void operatorsAndPunctuationAreNotWords() {
		assertThat(JooqIndexedFilters.prefixQuery("a|b & !c <-> (d):*")).contains("a & b & c & d:*");
		assertThat(JooqIndexedFilters.prefixQuery(" !&| () ")).isEmpty();
	}

	@Test
	void atMostEightWordsAreSearched() {
		assertThat(JooqIndexedFilters.prefixQuery("a b c d e f g h i j")).contains("a & b & c & d & e & f & g & h:*");
	}

	@Property
	void onlyLettersDigitsTheAndBetweenWordsAndTheLastPrefixReachTheQuery(@ForAll String text) {
		Optional<String> query = JooqIndexedFilters.prefixQuery(text);

		query.ifPresent((words) -> {
			assertThat(words).endsWith(":*");
			assertThat(words.substring(0, words.length() - 2).replace(" & ", "")).matches("[\\p{L}\\p{N}]+");
		});
	}

}
