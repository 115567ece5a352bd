package dev.rustok.runtime.catalog;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCursorTests {

	@Test
	void readsBackTheCursorItWroteToTheMicrosecond() {
		ProductCursor cursor = new ProductCursor(Instant.parse("2026-11-25T10:15:30.123456789Z"), UUID.randomUUID());

		assertThat(ProductCursor.decode(cursor.encoded())).contains(cursor);
		assertThat(cursor.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30.123456Z"));
		assertThat(cursor.encoded()).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void refusesAnythingElse() {
		assertThat(ProductCursor.decode("not-a-cursor")).isEmpty();
		assertThat(ProductCursor.decode("")).isEmpty();
		assertThat(ProductCursor.decode("MTIzNA")).isEmpty();
	}

}
