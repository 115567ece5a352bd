package dev.rustok.runtime;

import java.util.List;
import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price is at most 10^12 minor units of a currency in circulation that the shop sells
 * in, sent as a JSON integer; anything else is refused with the field named and nothing
 * stored.
 */
class ProductPriceIT extends RuntimeIntegrationTest {

	private static final String AMOUNT = "variants[0].prices[0].amountMinor";

	private static final String CURRENCY = "variants[0].prices[0].currency";

	@Test
	void acceptsTheLargestAmountAndRefusesOneMinorUnitMore() {
		Shop acme = shop("acme");
		String largest = CatalogApiIT.sku("MAX");
		String tooLarge = CatalogApiIT.sku("MAX-PLUS-ONE");

		Answer accepted = create(acme, largest, "1000000000000", "\"EUR\"");
		Answer refused = create(acme, tooLarge, "1000000000001", "\"EUR\"");

		assertThat(accepted.status()).isEqualTo(201);
		assertThat(accepted.json().get("variants").get(0).get("prices").get(0).get("amountMinor").asLong())
			.isEqualTo(1_000_000_000_000L);
		assertRefused(refused, AMOUNT);
		assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("at most 1000000000000");
		assertThat(acme.skusInOwnSchema()).contains(largest).doesNotContain(tooLarge);
	}

	@Test
	void refusesANegativePriceAndANegativeCompareAtPrice() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("NEG");

		Answer answer = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"title\":\"Priced\",\"variants\":" + "[{\"sku\":\"" + sku
						+ "\",\"prices\":[{\"amountMinor\":-1,\"compareAtMinor\":-5,\"currency\":\"EUR\"}]}]}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly(AMOUNT,
				"variants[0].prices[0].compareAtMinor");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesTheLargestLongAndNumbersBeyondEveryIntegerType() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("LONG-MAX");

		assertRefused(create(acme, sku, String.valueOf(Long.MAX_VALUE), "\"EUR\""), AMOUNT);
		assertRefused(create(acme, sku, "99999999999999999999999", "\"EUR\""), AMOUNT);
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesCodesThatAreNoCurrencyInCirculation() {
		Shop acme = shop("acme");

		for (String code : new String[] { "XXX", "XTS", "XAU", "XDR", "BOV", "DEM", "eur" }) {
			String sku = CatalogApiIT.sku("CODE-" + code);
			assertRefused(create(acme, sku, "100", "\"" + code + "\""), CURRENCY);
			assertThat(acme.skusInOwnSchema()).as(code).doesNotContain(sku);
		}
	}

	@Test
	void refusesACurrencyTheShopDoesNotSellInUntilTheOwnerAddsIt() {
		Shop shop = shop("currencies");
		String token = shop.ownerToken();
		String sku = CatalogApiIT.sku("JPY");

		Answer before = create(shop, sku, "1250", "\"JPY\"");
		Answer settings = this.runtime.put(shop.id(), token, "/api/admin/settings",
				RuntimeClient.json(Map.of("currencies", List.of("EUR", "USD", "JPY", "BHD", "XOF"))));
		Answer after = create(shop, sku, "1250", "\"JPY\"");

		assertRefused(before, CURRENCY);
		assertThat(before.json().get("errors").get(0).get("reason").asString()).contains("shop's currencies");
		assertThat(settings.status()).isEqualTo(200);
		assertThat(settings.json().get("currencies").toString()).isEqualTo("[\"BHD\",\"EUR\",\"JPY\",\"USD\",\"XOF\"]");
		assertThat(after.status()).isEqualTo(201);
		assertThat(create(shop, CatalogApiIT.sku("BHD"), "1250", "\"BHD\"").status()).isEqualTo(201);
		assertThat(create(shop, CatalogApiIT.sku("XOF"), "1250", "\"XOF\"").status()).isEqualTo(201);
	}

	@Test
	void keepsACurrencyThatPricesStillUse() {
		Shop shop = shop("currencies");
		String token = shop.ownerToken();
		assertThat(create(shop, CatalogApiIT.sku("USD"), "100", "\"USD\"").status()).isEqualTo(201);
		Map<String, String> before = shop.catalogState();

		Answer removal = this.runtime.put(shop.id(), token, "/api/admin/settings",
				RuntimeClient.json(Map.of("currencies", List.of("EUR"))));
		Answer invalid = this.runtime.put(shop.id(), token, "/api/admin/settings",
				RuntimeClient.json(Map.of("currencies", List.of("EUR", "XAU"))));

		assertThat(removal.status()).isEqualTo(409);
		assertThat(removal.json().get("errors").get(0).get("field").asString()).isEqualTo("currencies");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("currencies[1]");
		assertThat(shop.catalogState()).isEqualTo(before);
		assertThat(this.runtime.get(shop.id(), token, "/api/admin/settings").json().get("currencies").toString())
			.contains("USD");
	}

	@Test
	void refusesTwoPricesInOneCurrencyForOneVariant() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("TWICE");

		Answer answer = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"title\":\"Priced\",\"variants\":[{\"sku\":\"" + sku + "\",\"prices\":[{\"amountMinor\":1,"
						+ "\"currency\":\"EUR\"},{\"amountMinor\":2,\"currency\":\"EUR\"}]}]}");

		assertRefused(answer, "variants[0].prices[1].currency");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesAnAmountSentAsAStringOrWithAFraction() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("STRING");

		assertRefused(create(acme, sku, "\"100\"", "\"EUR\""), AMOUNT);
		assertRefused(create(acme, sku, "12.5", "\"EUR\""), AMOUNT);
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void refusesATitleSentAsANumber() {
		Shop acme = shop("acme");
		String sku = CatalogApiIT.sku("NUMBER-NAME");

		Answer answer = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				"{\"title\":42,\"variants\":[{\"sku\":\"" + sku
						+ "\",\"prices\":[{\"amountMinor\":100,\"currency\":\"EUR\"}]}]}");

		assertRefused(answer, "title");
		assertThat(acme.skusInOwnSchema()).doesNotContain(sku);
	}

	private Answer create(Shop shop, String sku, String amountJson, String currencyJson) {
		return this.runtime.createProduct(shop.id(), shop.ownerToken(),
				"{\"title\":\"Priced\",\"variants\":[{\"sku\":\"" + sku + "\",\"prices\":[{\"amountMinor\":"
						+ amountJson + ",\"currency\":" + currencyJson + "}]}]}");
	}

	private static void assertRefused(Answer answer, String field) {
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly(field);
	}

}
