package dev.rustok.runtime;

import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price is at most 10^12 minor units of a currency in circulation, sent as a JSON
 * integer; anything else is refused with the field named and nothing stored.
 */
class ProductPriceIT extends RuntimeIntegrationTest {

	@Test
	void acceptsTheLargestAmountAndRefusesOneMinorUnitMore() {
		Shop acme = shop("acme");
		String largest = sku("MAX");
		String tooLarge = sku("MAX-PLUS-ONE");

		Answer accepted = create(acme, largest, "1000000000000", "\"EUR\"");
		Answer refused = create(acme, tooLarge, "1000000000001", "\"EUR\"");

		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.json().get("price").get("amountMinor").asLong()).isEqualTo(1_000_000_000_000L);
		assertRefused(refused, "price.amountMinor");
		assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("at most 1000000000000");
		assertThat(acme.skusInOwnSchema()).contains(largest).doesNotContain(tooLarge);
	}

	@Test
	void refusesTheLargestLong() {
		Shop acme = shop("acme");
		String sku = sku("LONG-MAX");

		assertRefused(create(acme, sku, String.valueOf(Long.MAX_VALUE), "\"EUR\""), "price.amountMinor");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void namesTheAmountWhenItIsBeyondEveryIntegerType() {
		Shop acme = shop("acme");
		String sku = sku("HUGE-NUMBER");

		Answer answer = create(acme, sku, "99999999999999999999999", "\"EUR\"");

		assertRefused(answer, "price.amountMinor");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesCodesThatAreNoCurrencyInCirculation() {
		Shop acme = shop("acme");

		for (String code : new String[] { "XXX", "XTS", "XAU", "XDR", "BOV", "DEM", "eur" }) {
			String sku = sku("CODE-" + code);
			assertRefused(create(acme, sku, "100", "\"" + code + "\""), "price.currency");
			assertThat(acme.skusInOwnSchema()).as(code).doesNotContain(sku);
		}
	}

	@Test
	void acceptsCurrenciesWithZeroAndThreeDecimals() {
		Shop acme = shop("acme");

		assertThat(create(acme, sku("JPY"), "1250", "\"JPY\"").status()).isEqualTo(201);
		assertThat(create(acme, sku("BHD"), "1250", "\"BHD\"").status()).isEqualTo(201);
		assertThat(create(acme, sku("XOF"), "1250", "\"XOF\"").status()).isEqualTo(201);
	}

	@Test
	void refusesAnAmountSentAsAString() {
		Shop acme = shop("acme");
		String sku = sku("STRING");

		Answer answer = create(acme, sku, "\"100\"", "\"EUR\"");

		assertRefused(answer, "price.amountMinor");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesAnAmountWithAFraction() {
		Shop acme = shop("acme");
		String sku = sku("FRACTION");

		assertRefused(create(acme, sku, "12.5", "\"EUR\""), "price.amountMinor");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesANameSentAsANumber() {
		Shop acme = shop("acme");
		String sku = sku("NUMBER-NAME");

		Answer answer = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"sku\":\"" + sku + "\",\"name\":42,\"price\":{\"amountMinor\":100,\"currency\":\"EUR\"}}");

		assertRefused(answer, "name");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	private Answer create(Shop shop, String sku, String amountJson, String currencyJson) {
		return this.runtime.createProduct(shop.id(), shop.ownerToken(),
				"{\"sku\":\"" + sku + "\",\"name\":\"Priced\",\"price\":{\"amountMinor\":" + amountJson
						+ ",\"currency\":" + currencyJson + "}}");
	}

	private static void assertRefused(Answer answer, String field) {
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly(field);
	}

	private static String sku(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
