package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.PendingOrder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.rustok.runtime.GraphQlShopper.fields;
import static dev.rustok.runtime.GraphQlShopper.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merchant's orders over GraphQL on the real runtime, PostgreSQL and Keycloak
 * (docs/adr/0081): the lifecycle with its timeline, a refused transition answering the
 * current state, the list by state with a cursor, and a page's lines loaded in batches.
 */
class OrderGraphQlIT extends RuntimeIntegrationTest {

	static final String ORDER = "{ id number state allowedActions refunded { amountMinor } refundable { amountMinor }"
			+ " lines { lineNumber quantity fulfilled } totals { total { amountMinor currency } }"
			+ " timeline { actor action state detail reason } }";

	@Autowired
	OrderBook orderBook;

	@Test
	void theMerchantMovesAnOrderThroughItsLifeAndReadsWhoDidWhatAndWhy() {
		Shop shop = shop("orders-graphql");
		PendingOrder placed = PlacedOrders.place(this.orderBook, shop, "checkout", 2);
		Map<String, Object> id = Map.of("id", placed.facts().id().toString());

		Answer paid = owner(shop, "mutation($id: ID!) { markOrderPaid(id: $id, reason: \"cash\") " + ORDER + " }", id);
		Answer partly = owner(shop, "mutation($id: ID!) { fulfilOrder(id: $id, lines: [{lineNumber: 1, quantity: 2}], "
				+ "reason: \"first parcel\") " + ORDER + " }", id);
		Answer fulfilled = owner(shop,
				"mutation($id: ID!) { fulfilOrder(id: $id, lines: [{lineNumber: 2, quantity: 2}]) " + ORDER + " }", id);
		Answer refunded = owner(shop,
				"mutation($id: ID!) { refundOrder(id: $id, amountMinor: 500, currency: \"EUR\", reason: \"chipped\") "
						+ ORDER + " }",
				id);
		Answer delivered = owner(shop, "mutation($id: ID!) { deliverOrder(id: $id) " + ORDER + " }", id);
		JsonNode order = owner(shop, "query($id: ID!) { adminOrder(id: $id) " + ORDER + " }", id).json()
			.at("/data/adminOrder");

		assertThat(paid.json().at("/data/markOrderPaid/state").asString()).as(paid.body()).isEqualTo("paid");
		assertThat(partly.json().at("/data/fulfilOrder/state").asString()).isEqualTo("partially_fulfilled");
		assertThat(fulfilled.json().at("/data/fulfilOrder/state").asString()).isEqualTo("fulfilled");
		assertThat(refunded.json().at("/data/refundOrder/refunded/amountMinor").asLong()).isEqualTo(500);
		assertThat(delivered.json().at("/data/deliverOrder/allowedActions").toString()).isEqualTo("[\"refund\"]");
		assertThat(order.get("state").asString()).isEqualTo("delivered");
		assertThat(order.at("/refundable/amountMinor").asLong())
			.isEqualTo(placed.facts().totals().total().amountMinor() - 500);
		List<String> actions = new ArrayList<>();
		order.get("timeline").forEach((entry) -> actions.add(entry.get("action").asString()));
		assertThat(actions).containsExactly("placed", "paid", "fulfilled", "fulfilled", "refunded", "delivered");
		assertThat(order.at("/timeline/1/actor").asString()).isEqualToIgnoringCase(shop.ownerEmail());
		assertThat(order.at("/timeline/1/reason").asString()).isEqualTo("cash");
		assertThat(order.at("/timeline/4/reason").asString()).isEqualTo("chipped");
		assertThat(this.orderBook.order(PlacedOrders.tenant(shop), placed.facts().id()).status().code())
			.isEqualTo("delivered");
	}

	@Test
	void aTransitionTheStateDoesNotAllowAnswers409WithTheCurrentStateAndChangesNothing() {
		Shop shop = shop("orders-graphql");
		PendingOrder placed = PlacedOrders.place(this.orderBook, shop, "checkout", 1);
		Map<String, Object> id = Map.of("id", placed.facts().id().toString());

		Answer fulfilPending = owner(shop,
				"mutation($id: ID!) { fulfilOrder(id: $id, lines: [{lineNumber: 1, quantity: 1}]) { state } }", id);
		Answer refundPending = owner(shop,
				"mutation($id: ID!) { refundOrder(id: $id, amountMinor: 100, currency: \"EUR\") { state } }", id);
		Answer cancelled = owner(shop, "mutation($id: ID!) { cancelOrder(id: $id, reason: \"asked\") { state } }", id);
		Answer payCancelled = owner(shop, "mutation($id: ID!) { markOrderPaid(id: $id) { state } }", id);
		Answer noLines = owner(shop, "mutation($id: ID!) { fulfilOrder(id: $id) { state } }", id);
		Answer noAmount = owner(shop, "mutation($id: ID!) { refundOrder(id: $id) { state } }", id);
		Answer notAnId = owner(shop, "mutation { cancelOrder(id: \"order-1\") { state } }", Map.of());

		assertThat(status(fulfilPending)).as(fulfilPending.body()).isEqualTo(409);
		assertThat(fulfilPending.json().at("/errors/0/extensions/currentState").asString()).isEqualTo("pending");
		assertThat(fields(fulfilPending)).containsExactly("state");
		assertThat(status(refundPending)).isEqualTo(409);
		assertThat(cancelled.json().at("/data/cancelOrder/state").asString()).isEqualTo("cancelled");
		assertThat(status(payCancelled)).isEqualTo(409);
		assertThat(payCancelled.json().at("/errors/0/extensions/currentState").asString()).isEqualTo("cancelled");
		assertThat(fields(noLines)).containsExactly("lines");
		assertThat(fields(noAmount)).containsExactlyInAnyOrder("amountMinor", "currency");
		assertThat(fields(notAnId)).containsExactly("id");
		assertThat(this.orderBook.order(PlacedOrders.tenant(shop), placed.facts().id()).facts().timeline())
			.as("only the cancellation was recorded")
			.hasSize(2);
	}

	@Test
	void listsTheShopsOrdersByStateNewestFirstWithACursor() {
		Shop shop = shop("orders-graphql-list");
		List<PendingOrder> placed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			placed.add(PlacedOrders.place(this.orderBook, shop, "checkout", 1));
		}
		this.orderBook.pay(PlacedOrders.tenant(shop), placed.get(1).facts().id(), "test", "");
		String page = "query($state: String, $first: Int, $after: String) { adminOrders(state: $state, first: $first,"
				+ " after: $after) { items { number state total { amountMinor } } next } }";

		JsonNode first = owner(shop, page, Map.of("state", "pending", "first", 2)).json();
		JsonNode second = owner(shop, page,
				Map.of("state", "pending", "first", 2, "after", first.at("/data/adminOrders/next").asString()))
			.json();
		JsonNode paid = owner(shop, page, Map.of("state", "paid")).json();
		Answer badState = owner(shop, page, Map.of("state", "lost"));
		Answer badFirst = owner(shop, page, Map.of("first", 101));
		Answer badCursor = owner(shop, page, Map.of("after", "bm9wZQ"));

		assertThat(numbersOf(first)).containsExactly(number(placed, 3), number(placed, 2));
		assertThat(numbersOf(second)).containsExactly(number(placed, 0));
		assertThat(second.at("/data/adminOrders/next").isNull()).isTrue();
		assertThat(numbersOf(paid)).containsExactly(number(placed, 1));
		assertThat(fields(badState)).containsExactly("state");
		assertThat(fields(badFirst)).containsExactly("first");
		assertThat(fields(badCursor)).containsExactly("after");
	}

	@Test
	void aPageOfOrdersLoadsItsLinesAndTimelinesInAsManyStatementsWhateverItsLength() {
		Shop shop = shop("orders-graphql-batch");
		for (int i = 0; i < 12; i++) {
			PlacedOrders.place(this.orderBook, shop, "checkout", 3);
		}
		String page = "query($first: Int) { adminOrders(first: $first) { items { number allowedActions"
				+ " lines { sku quantity } timeline { action actor } } } }";
		owner(shop, page, Map.of("first", 1));
		this.sqlStatements.takeCountIn(shop.route().schema());

		JsonNode two = owner(shop, page, Map.of("first", 2)).json();
		long forTwo = this.sqlStatements.takeCountIn(shop.route().schema());
		JsonNode twelve = owner(shop, page, Map.of("first", 12)).json();
		long forTwelve = this.sqlStatements.takeCountIn(shop.route().schema());

		assertThat(two.at("/data/adminOrders/items")).hasSize(2);
		assertThat(twelve.at("/data/adminOrders/items")).hasSize(12);
		assertThat(twelve.at("/data/adminOrders/items/11/lines")).hasSize(3);
		assertThat(twelve.at("/data/adminOrders/items/11/timeline/0/action").asString()).isEqualTo("placed");
		assertThat(forTwelve).as("statements for 12 orders vs 2").isEqualTo(forTwo);
	}

	@Test
	void publishesTheCartCheckoutCustomerAndOrderSchemaWithTheCatalogues() {
		Answer schema = this.runtime.get(shop("orders-graphql").id(), "/graphql/schema");

		assertThat(schema.status()).isEqualTo(200);
		assertThat(schema.body()).contains("completeCheckout(idempotencyKey: String)")
			.contains("type Customer")
			.contains("adminOrders(")
			.contains("refundOrder(")
			.contains("type ProductConnection")
			.contains("createProduct(");
	}

	private Answer owner(Shop shop, String query, Map<String, Object> variables) {
		Answer answer = this.runtime.graphql(shop.id(), shop.ownerToken(), query, variables);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	private static long number(List<PendingOrder> orders, int index) {
		return orders.get(index).facts().number();
	}

	private static List<Long> numbersOf(JsonNode answer) {
		List<Long> numbers = new ArrayList<>();
		answer.at("/data/adminOrders/items").forEach((item) -> numbers.add(item.get("number").asLong()));
		return numbers;
	}

}
