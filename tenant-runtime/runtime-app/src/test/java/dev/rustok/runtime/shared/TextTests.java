package dev.rustok.runtime.shared;

import dev.rustok.runtime.shared.Text.Lines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	private static final String EMOJI = "\uD83D\uDE00";

	@Test
	void countsAnEmojiAsOneCharacter() {
		assertThat(Text.problem(EMOJI.repeat(200), 200, Lines.SINGLE)).isEmpty();
		assertThat(Text.problem(EMOJI.repeat(201), 200, Lines.SINGLE))
			.hasValue("must have at most 200 characters (Unicode code points); it has 201");
	}

	@Test
	void refusesNulAndOtherControlCharacters() {
		assertThat(Text.problem("a\u0000b", 10, Lines.SINGLE))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("control character U+0000"));
		assertThat(Text.problem("a\u007fb", 10, Lines.MULTIPLE)).isPresent();
		assertThat(Text.problem("a\nb", 10, Lines.SINGLE)).isPresent();
	}

	@Test
	void allowsLineBreaksAndTabsOnlyInLongText() {
		assertThat(Text.problem("a\r\n\tb", 10, Lines.MULTIPLE)).isEmpty();
		assertThat(Text.problem("a\tb", 10, Lines.SINGLE)).isPresent();
	}

	@Test
	void refusesLoneSurrogatesWhereverTheyAre() {
		assertThat(Text.problem("\uD83D", 10, Lines.SINGLE))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("lone UTF-16 surrogate"));
		assertThat(Text.problem("a\uDE00", 10, Lines.SINGLE)).isPresent();
		assertThat(Text.problem("\uDE00\uD83D", 10, Lines.SINGLE)).isPresent();
		assertThat(Text.problem("a" + EMOJI + "b", 10, Lines.SINGLE)).isEmpty();
	}

	@Test
	void acceptsRightToLeftAndCombiningText() {
		assertThat(Text.problem("متجر الكتب", 200, Lines.SINGLE)).isEmpty();
		assertThat(Text.problem("e\u0301", 200, Lines.SINGLE)).isEmpty();
	}

}
