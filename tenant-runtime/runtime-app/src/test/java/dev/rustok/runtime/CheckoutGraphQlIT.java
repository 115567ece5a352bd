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

import static dev.rustok.runtime.GraphQlShopper.fields;
import static dev.rustok.runtime.GraphQlShopper.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper buys through GraphQL on the real runtime and PostgreSQL (docs/adr/0080): the
 * cart cookie GraphQL sets is the one REST reads, bad input is an error naming the field
 * with nothing changed, the same key completes once, and another shop's cart is not
 * found.
 */
class CheckoutGraphQlIT extends RuntimeIntegrationTest {

	static final String CART = "{ id currency units subtotal { amountMinor currency } lines { variantId quantity } }";

	static final String CHECKOUT = "{ state email address { city country } shippingMethod discountCode"
			+ " totals { subtotal { amountMinor } discount { amountMinor } shipping { amountMinor }"
			+ " tax { amountMinor } total { amountMinor } } }";

	static final Map<String, Object> ADDRESS = Map.of("fullName", "Ann Example", "line1", "Hauptstr. 1", "city",
			"Berlin", "postalCode", "10115", "country", "de");

	static final String START = "mutation($email: String, $address: CheckoutAddressInput) "
			+ "{ startCheckout(email: $email, address: $address) " + CHECKOUT + " }";

	static final String COMPLETE = "mutation($key: String) { completeCheckout(idempotencyKey: $key) "
			+ "{ orderId orderNumber total { amountMinor } paymentState replayed } }";

	@Autowired
	Inventory inventory;

	@Test
	void aShopperBuysThroughGraphQlOnTheCartCookieTheRestApiReads() {
		Shop shop = shop("checkout-graphql");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 5);
		UUID tee = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Tee", 2_000, 200), 5);
		GraphQlShopper ann = new GraphQlShopper(this.runtime, shop.id());

		Answer created = ann.graphql("mutation { createCart(currency: \"EUR\") " + CART + " }");
		Answer filled = ann.graphql(
				"mutation($mug: ID, $tee: ID) { mug: addToCart(variantId: $mug, quantity: 1) "
						+ "{ units } again: addToCart(variantId: $mug, quantity: 1) { units } "
						+ "tee: addToCart(variantId: $tee, quantity: 1) " + CART + " }",
				Map.of("mug", mug, "tee", tee));
		Answer overRest = ann.rest("/api/store/cart");
		Answer started = ann.graphql(START, Map.of("email", "ann@shopper.example", "address", ADDRESS));
		int[] heldAfterStart = Variants.stored(shop.route().schema(), mug);
		Answer shipped = ann.graphql("mutation { chooseShipping(shippingMethod: \"standard\") " + CHECKOUT + " }");
		Answer discounted = ann.graphql("mutation { applyDiscount(discountCode: \"save10\") " + CHECKOUT + " }");
		Answer completed = ann.graphql(COMPLETE, Map.of("key", "gql-order-" + UUID.randomUUID()));
		Answer cartAfter = ann.graphql("{ cart { id } }");

		assertThat(created.status()).as(created.body()).isEqualTo(200);
		String cartId = created.json().at("/data/createCart/id").asString();
		assertThat(created.header("Set-Cookie")).contains("rustok_cart=" + cartId)
			.contains("HttpOnly")
			.contains("SameSite=Lax");
		assertThat(filled.json().has("errors")).as(filled.body()).isFalse();
		assertThat(filled.json().at("/data/tee/subtotal/amountMinor").asLong()).isEqualTo(4_500);
		assertThat(filled.json().at("/data/tee/units").asInt()).isEqualTo(3);
		assertThat(overRest.status()).as("REST reads the cart GraphQL filled").isEqualTo(200);
		assertThat(overRest.json().get("id").asString()).isEqualTo(cartId);
		assertThat(overRest.json().get("lines")).hasSize(2);
		assertThat(started.json().has("errors")).as(started.body()).isFalse();
		assertThat(started.json().at("/data/startCheckout/address/country").asString()).isEqualTo("DE");
		assertThat(heldAfterStart).as("start reserves").containsExactly(5, 2);
		assertThat(shipped.json().at("/data/chooseShipping/totals/shipping/amountMinor").asLong()).isEqualTo(490);
		JsonNode totals = discounted.json().at("/data/applyDiscount/totals");
		assertThat(totals.at("/discount/amountMinor").asLong()).isEqualTo(450);
		assertThat(totals.at("/total/amountMinor").asLong()).isEqualTo(4_540);
		assertThat(totals.at("/tax/amountMinor").asLong()).isEqualTo(725);
		JsonNode completion = completed.json().at("/data/completeCheckout");
		assertThat(completion.get("paymentState").asString()).as(completed.body()).isEqualTo("awaiting");
		assertThat(completion.get("replayed").asBoolean()).isFalse();
		assertThat(completion.at("/total/amountMinor").asLong()).isEqualTo(4_540);
		JsonNode order = this.runtime
			.get(shop.id(), shop.ownerToken(), "/api/admin/orders/" + completion.get("orderId").asString())
			.json();
		assertThat(order.get("number").asLong()).isEqualTo(completion.get("orderNumber").asLong());
		assertThat(order.get("state").asString()).isEqualTo("pending");
		assertThat(order.get("lines")).hasSize(2);
		assertThat(status(cartAfter)).as("a bought cart is gone").isEqualTo(404);
		assertThat(cartAfter.json().at("/data/cart").isNull()).isTrue();
	}

	@Test
	void theSameCompletionSubmittedTwicePlacesOneOrder() throws Exception {
		Shop shop = shop("checkout-graphql");
		rules(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 5);
		GraphQlShopper ann = readyToComplete(shop, mug);
		int ordersBefore = Merchandise.count(shop.route().schema(), "order_header");
		String key = "gql-twice-" + UUID.randomUUID();

		List<Answer> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Callable<Answer>> submits = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				submits.add(() -> ann.graphql(COMPLETE, Map.of("key", key)));
			}
			for (Future<Answer> answer : pool.invokeAll(submits)) {
				answers.add(answer.get());
			}
		}
		Answer otherKey = ann.graphql(COMPLETE, Map.of("key", "gql-other-" + UUID.randomUUID()));
		Answer noKey = ann.graphql("mutation { completeCheckout { orderNumber } }");

		assertThat(answers).allSatisfy((answer) -> assertThat(answer.json().has("errors")).as(answer.body()).isFalse());
		assertThat(answers).extracting((answer) -> answer.json().at("/data/completeCheckout/orderNumber").asLong())
			.containsOnly(answers.getFirst().json().at("/data/completeCheckout/orderNumber").asLong());
		assertThat(answers).extracting((answer) -> answer.json().at("/data/completeCheckout/replayed").asBoolean())
			.containsOnlyOnce(false);
		assertThat(status(otherKey)).as(otherKey.body()).isEqualTo(409);
		assertThat(fields(otherKey)).containsExactly("idempotencyKey");
		assertThat(status(noKey)).as(noKey.body()).isIn(400, 409);
		assertThat(fields(noKey)).containsExactly("idempotencyKey");
		assertThat(Merchandise.count(shop.route().schema(), "order_header")).isEqualTo(ordersBefore + 1);
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(5, 1);
	}

	@Test
	void refusesBadInputWithAnErrorNamingTheFieldAndChangesNothing() {
		Shop shop = shop("checkout-graphql");
		rules(shop);
		String schema = shop.route().schema();
		UUID mug = stocked(shop, Merchandise.aVariant(schema, "Mug", 1_250, 300), 5);
		UUID archived = Merchandise.aVariant(schema, "Old mug", "archived", "EUR", 900, 300);
		GraphQlShopper ann = new GraphQlShopper(this.runtime, shop.id());
		ann.graphql("mutation { createCart { id } }");
		ann.graphql("mutation($v: ID) { addToCart(variantId: $v, quantity: 1) { units } }", Map.of("v", mug));
		String add = "mutation($v: ID, $q: Int) { addToCart(variantId: $v, quantity: $q) { units } }";

		Map<String, Answer> refused = Map.of("zero", ann.graphql(add, Map.of("v", mug, "q", 0)), "negative",
				ann.graphql(add, Map.of("v", mug, "q", -1)), "over the limit",
				ann.graphql(add, Map.of("v", mug, "q", 99)), "no quantity", ann.graphql(add, Map.of("v", mug)),
				"unknown", ann.graphql(add, Map.of("v", UUID.randomUUID(), "q", 1)), "archived",
				ann.graphql(add, Map.of("v", archived, "q", 1)), "not an id",
				ann.graphql(add, Map.of("v", "mug", "q", 1)), "no city",
				ann.graphql(START, Map.of("email", "ann@shopper.example", "address", without(ADDRESS, "city"))),
				"bad e-mail", ann.graphql(START, Map.of("email", "ann", "address", ADDRESS)), "no address",
				ann.graphql(START, Map.of("email", "ann@shopper.example")));
		int[] heldAfterRefusals = Variants.stored(schema, mug);
		ann.graphql(START, Map.of("email", "ann@shopper.example", "address", ADDRESS));
		Answer unknownMethod = ann.graphql("mutation { chooseShipping(shippingMethod: \"teleport\") { state } }");
		Answer expiredCode = ann.graphql("mutation { applyDiscount(discountCode: \"SUMMER\") { state } }");

		Map<String, String> expected = Map.of("zero", "quantity", "negative", "quantity", "over the limit", "quantity",
				"no quantity", "quantity", "unknown", "variantId", "archived", "variantId", "not an id", "variantId",
				"no city", "address.city", "bad e-mail", "email", "no address", "address");
		expected.forEach((name, field) -> {
			Answer answer = refused.get(name);
			assertThat(answer.status()).as(name).isEqualTo(200);
			assertThat(status(answer)).as(name + ": " + answer.body()).isEqualTo(400);
			assertThat(fields(answer)).as(name).containsExactly(field);
		});
		assertThat(heldAfterRefusals).as("a refused start holds nothing").containsExactly(5, 0);
		assertThat(fields(unknownMethod)).containsExactly("shippingMethod");
		assertThat(fields(expiredCode)).containsExactly("discountCode");
		JsonNode cart = ann.graphql("{ cart " + CART + " checkout { shippingMethod discountCode } }").json();
		assertThat(cart.at("/data/cart/lines")).hasSize(1);
		assertThat(cart.at("/data/cart/lines/0/quantity").asInt()).isEqualTo(1);
		assertThat(cart.at("/data/checkout/shippingMethod").isNull()).isTrue();
		assertThat(cart.at("/data/checkout/discountCode").isNull()).isTrue();
	}

	@Test
	void anotherShopsCartIsNotFoundThere() {
		Shop acme = shop("checkout-graphql");
		Shop globex = shop("checkout-graphql-other");
		UUID mug = stocked(acme, Merchandise.aVariant(acme.route().schema(), "Mug", 1_250, 300), 5);
		UUID globexMug = stocked(globex, Merchandise.aVariant(globex.route().schema(), "Mug", 990, 300), 5);
		GraphQlShopper ann = new GraphQlShopper(this.runtime, acme.id());
		ann.graphql("mutation { createCart { id } }");
		ann.graphql("mutation($v: ID) { addToCart(variantId: $v, quantity: 2) { units } }", Map.of("v", mug));
		GraphQlShopper atGlobex = ann.at(globex.id());

		List<Answer> answers = List.of(atGlobex.graphql("{ cart { id lines { quantity } } }"),
				atGlobex.graphql("mutation($v: ID) { addToCart(variantId: $v, quantity: 1) { units } }",
						Map.of("v", globexMug)),
				atGlobex.graphql("mutation($v: ID) { changeCartLine(variantId: $v, quantity: 1) { units } }",
						Map.of("v", mug)),
				atGlobex.graphql(START, Map.of("email", "ann@shopper.example", "address", ADDRESS)),
				atGlobex.graphql(COMPLETE, Map.of("key", "x-" + UUID.randomUUID())));

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(status(answer)).as(answer.body()).isEqualTo(404);
			assertThat(answer.json().get("data").toString()).doesNotContain("quantity\":2");
		});
		JsonNode cart = ann.graphql("{ cart " + CART + " }").json();
		assertThat(cart.at("/data/cart/lines")).hasSize(1);
		assertThat(cart.at("/data/cart/lines/0/quantity").asInt()).isEqualTo(2);
		assertThat(Variants.stored(globex.route().schema(), globexMug)).containsExactly(5, 0);
		assertThat(Variants.stored(acme.route().schema(), mug)).containsExactly(5, 0);
	}

	private GraphQlShopper readyToComplete(Shop shop, UUID variant) {
		GraphQlShopper shopper = new GraphQlShopper(this.runtime, shop.id());
		shopper.graphql("mutation { createCart { id } }");
		shopper.graphql("mutation($v: ID) { addToCart(variantId: $v, quantity: 1) { units } }", Map.of("v", variant));
		Answer started = shopper.graphql(START, Map.of("email", "ann@shopper.example", "address", ADDRESS));
		assertThat(started.json().has("errors")).as(started.body()).isFalse();
		Answer shipped = shopper.graphql("mutation { chooseShipping(shippingMethod: \"standard\") { state } }");
		assertThat(shipped.json().has("errors")).as(shipped.body()).isFalse();
		return shopper;
	}

	/** The merchant's shipping, tax and discount rules, through the admin API. */
	private void rules(Shop shop) {
		String owner = shop.ownerToken();
		List<Answer> answers = List.of(
				this.runtime.put(shop.id(), owner, "/api/admin/shipping-methods/standard",
						"{\"name\":\"Standard\",\"currency\":\"EUR\",\"bands\":[{\"upToGrams\":1000,\"rateMinor\":490},"
								+ "{\"upToGrams\":5000,\"rateMinor\":990}]}"),
				this.runtime.put(shop.id(), owner, "/api/admin/tax-rates/DE",
						"{\"basisPoints\":1900,\"inclusive\":true}"),
				this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/save10",
						"{\"kind\":\"percentage\",\"basisPoints\":1000,\"currency\":\"EUR\"}"),
				this.runtime.put(shop.id(), owner, "/api/admin/discount-codes/SUMMER",
						"{\"kind\":\"fixed\",\"amountMinor\":500,\"currency\":\"EUR\",\"endsAt\":\"2020-09-01T00:00:00Z\"}"));
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
	}

	private UUID stocked(Shop shop, UUID variant, int units) {
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		this.inventory.adjust(tenant, new VariantId(variant), StockChange.of(null, units, "received", null), "test");
		return variant;
	}

	private static Map<String, Object> without(Map<String, Object> map, String key) {
		Map<String, Object> copy = new java.util.HashMap<>(map);
		copy.remove(key);
		return copy;
	}

}
