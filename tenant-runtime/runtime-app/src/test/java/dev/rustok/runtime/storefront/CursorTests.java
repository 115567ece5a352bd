package dev.rustok.runtime.storefront;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CursorTests {

	@Property
	void aTitleCursorSurvivesItsTextFormWhateverTheTitle(@ForAll @StringLength(max = 200) String title) {
		Cursor cursor = new Cursor(ProductSort.TITLE, title.replace("\0", ""), UUID.randomUUID());

		assertThat(Cursor.decode(cursor.encoded())).contains(cursor);
		assertThat(cursor.encoded()).matches("[A-Za-z0-9_-]*");
	}

	@Property
	void aPriceCursorSurvivesItsTextForm(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long price) {
		Cursor cursor = new Cursor(ProductSort.PRICE_ASC, String.valueOf(price), UUID.randomUUID());

		assertThat(Cursor.decode(cursor.encoded())).contains(cursor);
	}

	@Test
	void refusesTextThatIsNoCursorOfOurs() {
		assertThat(Cursor.decode("not base64!")).isEmpty();
		assertThat(Cursor.decode(encode("cheapest|" + UUID.randomUUID() + "|1"))).isEmpty();
		assertThat(Cursor.decode(encode("newest|" + UUID.randomUUID() + "|-5"))).isEmpty();
		assertThat(Cursor.decode(encode("newest|" + UUID.randomUUID() + "|999999999999999999"))).isEmpty();
		assertThat(Cursor.decode(encode("price_asc|" + UUID.randomUUID() + "|1e3"))).isEmpty();
		assertThat(Cursor.decode(encode("title|" + UUID.randomUUID() + "|a\0b"))).isEmpty();
		assertThat(Cursor.decode(encode("title|1-2-3-4-5|lamp"))).isEmpty();
		assertThat(Cursor.decode(encode("title|lamp"))).isEmpty();
	}

	private static String encode(String plain) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

}
