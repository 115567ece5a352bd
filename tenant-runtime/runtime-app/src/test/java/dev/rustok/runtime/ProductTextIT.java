package dev.rustok.runtime;

import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a merchant sends is valid Unicode without control characters, counted in
 * characters (code points); what is refused is never stored.
 */
class ProductTextIT extends RuntimeIntegrationTest {

	private static final String EMOJI = "\uD83D\uDE00";

	@Test
	void refusesANulByteInTheNameAndNamesTheField() {
		Shop acme = shop("acme");
		String sku = sku("NUL");

		Answer answer = create(acme, sku, "\"Mug\\u0000\"", "\"A mug\"");

		assertRefused(answer, "title", "U+0000");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesANulByteInTheDescriptionButAcceptsItsLineBreaks() {
		Shop acme = shop("acme");
		String refused = sku("NUL-DESC");
		String accepted = sku("LINES");

		Answer nul = create(acme, refused, "\"Mug\"", "\"first line\\u0000\"");
		Answer lines = create(acme, accepted, "\"Mug\"", "\"first line\\r\\n\\tsecond line\"");

		assertRefused(nul, "description", "U+0000");
		assertThat(acme.skusInOwnSchema()).doesNotContain(refused);
		assertThat(lines.status()).isEqualTo(201);
		assertThat(lines.json().get("description").asString()).isEqualTo("first line\r\n\tsecond line");
	}

	@Test
	void refusesOtherControlCharactersInAName() {
		Shop acme = shop("acme");
		String sku = sku("CTRL");

		Answer answer = create(acme, sku, "\"Mug\\u001b[31m\"", "null");

		assertRefused(answer, "title", "U+001B");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesALoneSurrogateInsteadOfStoringAQuestionMark() {
		Shop acme = shop("acme");
		String inName = sku("SURROGATE");
		String inDescription = sku("SURROGATE-DESC");

		Answer name = create(acme, inName, "\"Mug \\ud83d\"", "null");
		Answer description = create(acme, inDescription, "\"Mug\"", "\"\\ude00 trailing half\"");

		assertRefused(name, "title", "surrogate");
		assertRefused(description, "description", "surrogate");
		assertThat(acme.skusInOwnSchema()).doesNotContain(inName, inDescription);
	}

	@Test
	void accepts150EmojiAsANameAndStoresThemIntact() {
		Shop acme = shop("acme");
		String sku = sku("EMOJI");
		String name = EMOJI.repeat(150);

		Answer answer = create(acme, sku, "\"" + name + "\"", "null");

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.json().get("title").asString()).isEqualTo(name);
		assertThat(acme.storedName(sku)).isEqualTo(name);
		assertThat(this.runtime.get(acme.id(), acme.ownerToken(), answer.header("Location"))
			.json()
			.get("title")
			.asString()).isEqualTo(name);
	}

	@Test
	void refusesMoreThan200CharactersAndSaysThatCodePointsAreCounted() {
		Shop acme = shop("acme");
		String sku = sku("EMOJI-201");

		Answer answer = create(acme, sku, "\"" + EMOJI.repeat(201) + "\"", "null");

		assertRefused(answer, "title", "at most 200 characters (Unicode code points)");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	private Answer create(Shop shop, String sku, String nameJson, String descriptionJson) {
		return this.runtime.createProduct(shop.id(), shop.ownerToken(),
				"{\"title\":" + nameJson + ",\"description\":" + descriptionJson + ",\"variants\":[{\"sku\":\"" + sku
						+ "\",\"prices\":[{\"amountMinor\":100,\"currency\":\"EUR\"}]}]}");
	}

	private static void assertRefused(Answer answer, String field, String reason) {
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly(field);
		assertThat(answer.json().get("errors").get(0).get("reason").asString()).contains(reason);
	}

	private static String sku(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
