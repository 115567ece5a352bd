package dev.rustok.runtime.inventory;

import java.time.Instant;
import java.util.UUID;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdjustmentCursorTests {

	@Test
	void readsBackTheCursorItWrote() {
		AdjustmentCursor cursor = new AdjustmentCursor(Instant.parse("2026-11-25T19:00:00.123456Z"), UUID.randomUUID());

		assertThat(AdjustmentCursor.decode(cursor.encoded())).isEqualTo(cursor);
		assertThat(cursor.encoded()).matches("[A-Za-z0-9_-]+");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not base64!", "bm90IGEgY3Vyc29y", "OTk5OTk5OTk5OTk5OTk5OTk6MDp4" })
	void refusesTextItDidNotWriteNamingTheParameter(String text) {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> AdjustmentCursor.decode(text))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldProblem::field).containsExactly("after"));
	}

}
