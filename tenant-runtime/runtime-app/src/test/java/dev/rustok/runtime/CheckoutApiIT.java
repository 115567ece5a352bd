package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper buys through the storefront API on the real runtime and PostgreSQL: cart,
 * checkout and completion, every bad input of issue 14 answered with problem+json naming
 * the field and changing nothing, double submits, another shop's cart, and many shoppers
 * racing for the last units.
 */
class CheckoutApiIT extends RuntimeIntegrationTest {

	static final String ADDRESS = """
			{"email":"ann@shopper.example","address":{"fullName":"Ann Example","line1":"Hauptstr. 1",
			"city":"Berlin","postalCode":"10115","country":"de"}}""";

	@Autowired
	Inventory inventory;

	@Test
	void aShopperBuysTwoItemsWithADiscountAndTheMerchantSeesTheOrder() {
		Shop shop = shop("checkout");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 5);
		UUID tee = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Tee", 2_000, 200), 5);
		Shopper ann = new Shopper(this.runtime, shop.id());

		Answer created = ann.post("/api/store/cart", "{\"currency\":\"EUR\"}");
		ann.post("/api/store/cart/lines", line(mug, 1));
		ann.post("/api/store/cart/lines", line(mug, 1));
		Answer cart = ann.post("/api/store/cart/lines", line(tee, 1));
		Answer started = ann.post("/api/store/checkout", ADDRESS);
		Answer shipped = ann.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}");
		Answer discounted = ann.put("/api/store/checkout/discount", "{\"code\":\"save10\"}");
		Answer completed = ann.complete("order-" + UUID.randomUUID());

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
		assertThat(cart.json().get("subtotal").get("amountMinor").asLong()).isEqualTo(4_500);
		assertThat(cart.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(Variants.stored(shop.route().schema(), mug)).as("start reserves").containsExactly(5, 2);
		assertThat(shipped.json().get("totals").get("shipping").get("amountMinor").asLong()).isEqualTo(490);
		JsonNode totals = discounted.json().get("totals");
		// 45.00 - 4.50 + 4.90 shipping by weight (800 g); 19 % German tax included
		assertThat(totals.get("discount").get("amountMinor").asLong()).isEqualTo(450);
		assertThat(totals.get("total").get("amountMinor").asLong()).isEqualTo(4_540);
		assertThat(totals.get("tax").get("amountMinor").asLong()).isEqualTo(725);
		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		assertThat(completed.json().get("paymentState").asString()).isEqualTo("awaiting");
		JsonNode order = this.runtime
			.get(shop.id(), shop.ownerToken(), "/api/admin/orders/" + completed.json().get("orderId").asString())
			.json();
		assertThat(order.get("number").asLong()).isEqualTo(completed.json().get("orderNumber").asLong());
		assertThat(order.get("state").asString()).isEqualTo("pending");
		assertThat(order.get("totals").get("total").get("amountMinor").asLong()).isEqualTo(4_540);
		assertThat(order.get("timeline").get(0).get("actor").asString()).isEqualTo("checkout");
		assertThat(Variants.stored(shop.route().schema(), mug)).as("the order holds the stock").containsExactly(5, 2);
		assertThat(ann.get("/api/store/cart").status()).as("a bought cart is gone").isEqualTo(404);
		assertThat(usedCount(shop, "SAVE10")).isEqualTo(1);

		Answer paid = this.runtime.post(shop.id(), shop.ownerToken(),
				"/api/admin/orders/" + order.get("id").asString() + "/payment", "{\"reason\":\"cash\"}");
		assertThat(paid.json().get("state").asString()).isEqualTo("paid");
		assertThat(Variants.stored(shop.route().schema(), mug)).as("paid: sold").containsExactly(3, 0);
	}

	@Test
	void theSameCheckoutSubmittedTwicePlacesOneOrder() throws Exception {
		Shop shop = shop("checkout");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 5);
		Shopper ann = readyToComplete(shop, mug, 1);
		int ordersBefore = Merchandise.count(shop.route().schema(), "order_header");
		String key = "twice-" + UUID.randomUUID();

		List<Answer> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Callable<Answer>> submits = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				submits.add(() -> ann.complete(key));
			}
			for (Future<Answer> answer : pool.invokeAll(submits)) {
				answers.add(answer.get());
			}
		}
		Answer again = ann.complete(key);
		Answer otherKey = ann.complete("other-" + UUID.randomUUID());
		Answer noKey = ann.complete(null);

		assertThat(answers).extracting(Answer::status).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(answers).extracting((answer) -> answer.json().get("orderNumber").asLong())
			.containsOnly(again.json().get("orderNumber").asLong());
		assertThat(again.json().get("replayed").asBoolean()).isTrue();
		assertThat(otherKey.status()).isEqualTo(409);
		assertThat(fields(otherKey)).containsExactly("Idempotency-Key");
		assertThat(noKey.status()).isIn(400, 409);
		assertThat(Merchandise.count(shop.route().schema(), "order_header")).isEqualTo(ordersBefore + 1);
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(5, 1);
	}

	@Test
	void refusesBadCartLinesNamingTheFieldAndChangesNothing() {
		Shop shop = shop("checkout");
		String schema = shop.route().schema();
		UUID mug = stocked(shop, Merchandise.aVariant(schema, "Mug", 1_250, 300), 5);
		UUID archived = Merchandise.aVariant(schema, "Old mug", "archived", "EUR", 900, 300);
		UUID dollarsOnly = Merchandise.aVariant(schema, "US mug", "active", "USD", 900, 300);
		Shopper ann = new Shopper(this.runtime, shop.id());
		ann.post("/api/store/cart", "{}");
		ann.post("/api/store/cart/lines", line(mug, 98));

		Map<String, Answer> refused = Map.of("zero", ann.post("/api/store/cart/lines", line(mug, 0)), "negative",
				ann.post("/api/store/cart/lines", line(mug, -1)), "over the limit",
				ann.post("/api/store/cart/lines", line(mug, 2)), "unknown",
				ann.post("/api/store/cart/lines", line(UUID.randomUUID(), 1)), "archived",
				ann.post("/api/store/cart/lines", line(archived, 1)), "currency",
				ann.post("/api/store/cart/lines", line(dollarsOnly, 1)), "change to 100",
				ann.put("/api/store/cart/lines/" + mug, "{\"quantity\":100}"), "not a number",
				ann.post("/api/store/cart/lines", "{\"variantId\":\"" + mug + "\",\"quantity\":\"many\"}"));
		Answer unknownCurrency = new Shopper(this.runtime, shop.id()).post("/api/store/cart", "{\"currency\":\"JPY\"}");

		Map<String, String> expected = Map.of("zero", "quantity", "negative", "quantity", "over the limit", "quantity",
				"unknown", "variantId", "archived", "variantId", "currency", "currency", "change to 100", "quantity",
				"not a number", "quantity");
		expected.forEach((name, field) -> {
			Answer answer = refused.get(name);
			assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(fields(answer)).as(name).contains(field);
		});
		assertThat(fields(unknownCurrency)).containsExactly("currency");
		JsonNode cart = ann.get("/api/store/cart").json();
		assertThat(cart.get("lines")).hasSize(1);
		assertThat(cart.get("lines").get(0).get("quantity").asInt()).isEqualTo(98);
	}

	@Test
	void refusesBadCheckoutInputNamingTheFieldAndHoldsNoStock() {
		Shop shop = shop("checkout");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 5);
		Shopper ann = new Shopper(this.runtime, shop.id());
		ann.post("/api/store/cart", "{}");
		ann.post("/api/store/cart/lines", line(mug, 1));

		Answer noCity = ann.post("/api/store/checkout", ADDRESS.replace("\"city\":\"Berlin\",", ""));
		Answer badEmail = ann.post("/api/store/checkout", ADDRESS.replace("ann@shopper.example", "ann"));
		assertThat(Variants.stored(shop.route().schema(), mug)).as("nothing held").containsExactly(5, 0);
		ann.post("/api/store/checkout", ADDRESS);
		Answer unknownMethod = ann.put("/api/store/checkout/shipping", "{\"method\":\"teleport\"}");
		Answer dollarMethod = ann.put("/api/store/checkout/shipping", "{\"method\":\"us-ground\"}");
		Answer noShippingYet = ann.complete("k-" + UUID.randomUUID());
		ann.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}");
		Answer expired = ann.put("/api/store/checkout/discount", "{\"code\":\"SUMMER\"}");
		Answer usedUp = ann.put("/api/store/checkout/discount", "{\"code\":\"ONCE\"}");
		Answer dollarCode = ann.put("/api/store/checkout/discount", "{\"code\":\"DOLLARS\"}");
		Answer belowMinimum = ann.put("/api/store/checkout/discount", "{\"code\":\"BIG\"}");

		assertThat(noCity.status()).isEqualTo(400);
		assertThat(fields(noCity)).containsExactly("address.city");
		assertThat(fields(badEmail)).containsExactly("email");
		assertThat(fields(unknownMethod)).containsExactly("shippingMethod");
		assertThat(fields(dollarMethod)).containsExactly("currency");
		assertThat(fields(noShippingYet)).containsExactly("shippingMethod");
		assertThat(fields(expired)).containsExactly("discountCode");
		assertThat(expired.json().get("errors").get(0).get("reason").asString()).contains("expired");
		assertThat(usedUp.json().get("errors").get(0).get("reason").asString()).contains("used up");
		assertThat(fields(dollarCode)).containsExactly("currency");
		assertThat(fields(belowMinimum)).containsExactly("discountCode");
		assertThat(List.of(unknownMethod, dollarMethod, noShippingYet, expired, usedUp, dollarCode, belowMinimum))
			.extracting(Answer::status)
			.containsOnly(400);
		JsonNode checkout = ann.get("/api/store/checkout").json();
		assertThat(checkout.get("shippingMethod").asString()).isEqualTo("STANDARD");
		assertThat(checkout.get("discountCode").isNull()).isTrue();
	}

	@Test
	void stockGoneBetweenCartAndPaymentIsAConflictAndPlacesNoOrder() {
		Shop shop = shop("checkout");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 1);
		Shopper ann = readyToComplete(shop, mug, 1);
		UUID held = Merchandise.jdbc()
			.sql("select reservation_id from " + Merchandise.quoted(shop.route().schema())
					+ ".checkout_reservation r join " + Merchandise.quoted(shop.route().schema())
					+ ".checkout c on c.id = r.checkout_id where c.cart_id = ?::uuid")
			.param(ann.cartCookie())
			.query(UUID.class)
			.single();
		Variants.timeRunsOut(shop.route().schema(), held);
		readyToComplete(shop, mug, 1);
		int orders = Merchandise.count(shop.route().schema(), "order_header");

		Answer late = ann.complete("late-" + UUID.randomUUID());

		assertThat(late.status()).as(late.body()).isEqualTo(409);
		assertThat(late.contentType()).startsWith("application/problem+json");
		assertThat(fields(late)).containsExactly("lines[0].quantity");
		assertThat(Merchandise.count(shop.route().schema(), "order_header")).isEqualTo(orders);
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(1, 1);
	}

	@Test
	void anotherShopsCartIsNotFoundThere() {
		Shop acme = shop("checkout");
		Shop globex = shop("checkout-other");
		UUID mug = stocked(acme, Merchandise.aVariant(acme.route().schema(), "Mug", 1_250, 300), 5);
		UUID globexMug = stocked(globex, Merchandise.aVariant(globex.route().schema(), "Mug", 990, 300), 5);
		Shopper ann = new Shopper(this.runtime, acme.id());
		ann.post("/api/store/cart", "{}");
		ann.post("/api/store/cart/lines", line(mug, 2));
		Shopper atGlobex = ann.at(globex.id());

		Answer read = atGlobex.get("/api/store/cart");
		Answer add = atGlobex.post("/api/store/cart/lines", line(globexMug, 1));
		Answer change = atGlobex.put("/api/store/cart/lines/" + mug, "{\"quantity\":1}");
		Answer checkout = atGlobex.post("/api/store/checkout", ADDRESS);
		Answer complete = atGlobex.complete("x-" + UUID.randomUUID());

		assertThat(List.of(read, add, change, checkout, complete)).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(404);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		});
		JsonNode cart = ann.get("/api/store/cart").json();
		assertThat(cart.get("lines")).hasSize(1);
		assertThat(cart.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
		assertThat(Variants.stored(globex.route().schema(), globexMug)).containsExactly(5, 0);
	}

	@Test
	void manyShoppersRacingForTheLastUnitsNeverOversell() throws Exception {
		Shop shop = shop("checkout-race");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Last mugs", 1_250, 300), 3);
		List<Callable<Answer>> shoppers = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			shoppers.add(() -> {
				Shopper shopper = new Shopper(this.runtime, shop.id());
				shopper.post("/api/store/cart", "{}");
				shopper.post("/api/store/cart/lines", line(mug, 1));
				Answer started = shopper.post("/api/store/checkout", ADDRESS);
				if (started.status() != 201) {
					return started;
				}
				shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}");
				return shopper.complete("race-" + UUID.randomUUID());
			});
		}

		List<Answer> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			for (Future<Answer> answer : pool.invokeAll(shoppers)) {
				answers.add(answer.get());
			}
		}

		assertThat(answers).extracting(Answer::status).containsOnly(201, 409);
		assertThat(answers).filteredOn((answer) -> answer.status() == 201).hasSize(3);
		assertThat(answers).filteredOn((answer) -> answer.status() == 409).allSatisfy((lost) -> {
			assertThat(lost.contentType()).startsWith("application/problem+json");
			assertThat(fields(lost)).containsExactly("lines[0].quantity");
			assertThat(lost.json().get("errors").get(0).get("reason").asString()).contains("is gone");
		});
		assertThat(Merchandise.count(shop.route().schema(), "order_header")).isEqualTo(3);
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(3, 3);
		assertThat(Merchandise.jdbc()
			.sql("select count(*) from " + Merchandise.quoted(shop.route().schema()) + ".order_reservation")
			.query(Integer.class)
			.single()).as("every order has its reservation").isEqualTo(3);
	}

	private Shopper readyToComplete(Shop shop, UUID variant, int quantity) {
		Shopper shopper = new Shopper(this.runtime, shop.id());
		shopper.post("/api/store/cart", "{}");
		shopper.post("/api/store/cart/lines", line(variant, quantity));
		assertThat(shopper.post("/api/store/checkout", ADDRESS).status()).isEqualTo(201);
		assertThat(shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}").status()).isEqualTo(200);
		return shopper;
	}

	/** The merchant's rules, through the admin API; the same every time. */
	@Test
	void completionKeepsTheHoldsTheCheckoutTookAndGivesThemTheOrdersTime() {
		Shop shop = shop("checkout-holds");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 5);
		Shopper ann = new Shopper(this.runtime, shop.id());
		ann.post("/api/store/cart", "{\"currency\":\"EUR\"}");
		ann.post("/api/store/cart/lines", line(mug, 2));
		ann.post("/api/store/checkout", ADDRESS);
		ann.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}");
		String schema = Merchandise.quoted(shop.route().schema());
		List<Map<String, Object>> atStart = Merchandise.jdbc()
			.sql("select id, extract(epoch from expires_at)::float8 as expires from " + schema
					+ ".inventory_reservation")
			.query()
			.listOfRows();

		Answer completed = ann.complete("holds-" + UUID.randomUUID());

		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		List<Map<String, Object>> after = Merchandise.jdbc()
			.sql("select id, state, extract(epoch from expires_at)::float8 as expires from " + schema
					+ ".inventory_reservation")
			.query()
			.listOfRows();
		List<Object> ordered = Merchandise.jdbc()
			.sql("select reservation_id from " + schema + ".order_reservation")
			.query()
			.singleColumn();
		assertThat(atStart).hasSize(1);
		assertThat(after).as("no second hold was taken").hasSize(1);
		assertThat(ordered).containsExactly(atStart.getFirst().get("id"));
		assertThat(after.getFirst().get("state")).isEqualTo("held");
		assertThat((Double) after.getFirst().get("expires"))
			.as("an unpaid order keeps its stock longer than a checkout")
			.isGreaterThan((Double) atStart.getFirst().get("expires"));
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(5, 2);
	}

	private void rules(Shop shop) {
		String owner = shop.ownerToken();
		List<Answer> answers = List.of(
				this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/standard",
						"{\"name\":\"Standard\",\"currency\":\"EUR\",\"bands\":[{\"upToGrams\":1000,\"rateMinor\":490},"
								+ "{\"upToGrams\":5000,\"rateMinor\":990}]}"),
				this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/us-ground",
						"{\"name\":\"US ground\",\"currency\":\"USD\",\"rateMinor\":700}"),
				this.runtime.put(shop.id(), owner, "/api/admin/tax-rates/DE",
						"{\"basisPoints\":1900,\"inclusive\":true}"),
				this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/save10",
						"{\"kind\":\"percentage\",\"basisPoints\":1000,\"currency\":\"EUR\"}"),
				this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/SUMMER",
						"{\"kind\":\"fixed\",\"amountMinor\":500,\"currency\":\"EUR\",\"endsAt\":\"2020-09-01T00:00:00Z\"}"),
				this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/ONCE",
						"{\"kind\":\"free_shipping\",\"currency\":\"EUR\",\"usageLimit\":1}"),
				this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/DOLLARS",
						"{\"kind\":\"fixed\",\"amountMinor\":500,\"currency\":\"USD\"}"),
				this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/BIG",
						"{\"kind\":\"percentage\",\"basisPoints\":2000,\"currency\":\"EUR\","
								+ "\"minimumSubtotalMinor\":100000}"));
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
		Merchandise.jdbc()
			.sql("update " + Merchandise.quoted(shop.route().schema())
					+ ".discount_code set used_count = 1 where code = 'ONCE'")
			.update();
	}

	private UUID stocked(Shop shop, UUID variant, int units) {
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		this.inventory.adjust(tenant, new VariantId(variant), StockChange.of(null, units, "received", null), "test");
		return variant;
	}

	private static int usedCount(Shop shop, String code) {
		return Merchandise.jdbc()
			.sql("select used_count from " + Merchandise.quoted(shop.route().schema())
					+ ".discount_code where code = ?")
			.param(code)
			.query(Integer.class)
			.single();
	}

	static String line(UUID variant, int quantity) {
		return "{\"variantId\":\"" + variant + "\",\"quantity\":" + quantity + "}";
	}

	static List<String> fields(Answer answer) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = answer.json().get("errors");
		if (errors != null) {
			errors.forEach((error) -> fields.add(error.get("field").asString()));
		}
		return fields;
	}

}
