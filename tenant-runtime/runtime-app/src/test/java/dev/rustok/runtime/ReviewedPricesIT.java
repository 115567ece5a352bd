package dev.rustok.runtime;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.rustok.runtime.CheckoutApiIT.fields;
import static dev.rustok.runtime.CheckoutApiIT.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price that changes between the shopper's review and the completion is flagged
 * (docs/adr/0085): the completion sent with the review's quote answers 409 naming the
 * changed lines with both prices, places no order and changes nothing; the review shows
 * the new totals, and its new quote places the order at them.
 */
class ReviewedPricesIT extends RuntimeIntegrationTest {

	@Autowired
	Inventory inventory;

	@Test
	void aPriceChangedAfterTheReviewIsAConflictNamingTheLineAndPlacesNoOrder() {
		Shop shop = shop("reviewed-prices");
		String schema = shop.route().schema();
		UUID mug = stocked(shop, Merchandise.aVariant(schema, "Mug", 1_250, 300));
		UUID tee = stocked(shop, Merchandise.aVariant(schema, "Tee", 2_000, 200));
		Shopper ann = inCheckout(shop, mug, tee);
		JsonNode reviewed = ann.get("/api/store/checkout").json();
		int orders = Merchandise.count(schema, "order_header");

		price(schema, tee, 2_400);
		Answer refused = ann.complete("late-" + UUID.randomUUID(), reviewed.get("quote").asString());

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactly("lines[1].unitPrice", "totals.total");
		assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("Tee")
			.contains("20.00 EUR")
			.contains("24.00 EUR");
		JsonNode changed = refused.json().get("changedLines");
		assertThat(changed).hasSize(1);
		assertThat(changed.get(0).get("variantId").asString()).isEqualTo(tee.toString());
		assertThat(changed.get(0).get("reviewedUnitPrice").get("amountMinor").asLong()).isEqualTo(2_000);
		assertThat(changed.get(0).get("unitPrice").get("amountMinor").asLong()).isEqualTo(2_400);
		assertThat(refused.json().get("reviewedTotal").get("amountMinor").asLong()).isEqualTo(3_750);
		assertThat(refused.json().get("totals").get("total").get("amountMinor").asLong()).isEqualTo(4_150);
		assertThat(Merchandise.count(schema, "order_header")).as("no order").isEqualTo(orders);
		assertThat(Variants.stored(schema, tee)).as("the checkout still holds its stock").containsExactly(5, 1);
		JsonNode review = ann.get("/api/store/checkout").json();
		assertThat(review.get("state").asString()).isEqualTo("open");
		assertThat(review.get("totals").get("total").get("amountMinor").asLong()).isEqualTo(4_150);
		assertThat(review.get("quote").asString()).isEqualTo(refused.json().get("quote").asString())
			.isNotEqualTo(reviewed.get("quote").asString());

		Answer placed = ann.complete("confirmed-" + UUID.randomUUID(), review.get("quote").asString());

		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		assertThat(placed.json().get("total").get("amountMinor").asLong()).isEqualTo(4_150);
	}

	@Test
	void aChangedShippingRateIsFlaggedAsTheTotal() {
		Shop shop = shop("reviewed-prices");
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300));
		Shopper ann = inCheckout(shop, mug);
		String quote = ann.get("/api/store/checkout").json().get("quote").asString();

		shipping(shop, 900);
		Answer refused = ann.complete("rate-" + UUID.randomUUID(), quote);

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(fields(refused)).containsExactly("totals.total");
		assertThat(refused.json().get("changedLines")).isEmpty();
	}

	@Test
	void theReviewsOwnQuoteAndNoQuoteBothPlaceTheOrderAndANonsenseQuoteIsABadRequest() {
		Shop shop = shop("reviewed-prices");
		String schema = shop.route().schema();
		UUID mug = stocked(shop, Merchandise.aVariant(schema, "Mug", 1_250, 300));
		Shopper ann = inCheckout(shop, mug);
		Shopper bob = inCheckout(shop, mug);
		Shopper eve = inCheckout(shop, mug);

		Answer nonsense = eve.complete("bad-" + UUID.randomUUID(), "not-a-quote");
		Answer truncated = eve.complete("bad-" + UUID.randomUUID(),
				eve.get("/api/store/checkout").json().get("quote").asString().substring(0, 20));
		Answer quoted = ann.complete("ann-" + UUID.randomUUID(),
				ann.get("/api/store/checkout").json().get("quote").asString());
		Answer unquoted = bob.complete("bob-" + UUID.randomUUID());

		assertThat(List.of(nonsense, truncated)).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(fields(answer)).containsExactly("quote");
		});
		assertThat(quoted.status()).as(quoted.body()).isEqualTo(201);
		assertThat(unquoted.status()).as(unquoted.body()).isEqualTo(201);
		assertThat(eve.get("/api/store/checkout").json().get("state").asString()).isEqualTo("open");
	}

	private Shopper inCheckout(Shop shop, UUID... variants) {
		shipping(shop, 500);
		Shopper shopper = new Shopper(this.runtime, shop.id());
		shopper.post("/api/store/cart", "{\"currency\":\"EUR\"}");
		for (UUID variant : variants) {
			shopper.post("/api/store/cart/lines", line(variant, 1));
		}
		assertThat(shopper.post("/api/store/checkout", CheckoutApiIT.ADDRESS).status()).isEqualTo(201);
		assertThat(shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}").status()).isEqualTo(200);
		return shopper;
	}

	private void shipping(Shop shop, long rateMinor) {
		Answer saved = this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":" + rateMinor + "}");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	// the merchant's new price, as the catalogue stores it
	private static void price(String schema, UUID variant, long amountMinor) {
		Merchandise.jdbc()
			.sql("update " + Merchandise.quoted(schema)
					+ ".variant_price set amount_minor = ? where variant_id = ? and currency = 'EUR'")
			.params(amountMinor, variant)
			.update();
	}

	private UUID stocked(Shop shop, UUID variant) {
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		this.inventory.adjust(tenant, new VariantId(variant), StockChange.of(null, 5, "received", null), "test");
		return variant;
	}

}
