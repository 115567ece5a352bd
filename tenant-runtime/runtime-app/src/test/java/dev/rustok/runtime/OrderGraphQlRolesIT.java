package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.orders.Order;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.OrderId;
import dev.rustok.runtime.shared.Tenant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role of the shop's realm, a customer, an anonymous caller and a token of another
 * shop against every admin order query and mutation at /graphql, on the real runtime and
 * Keycloak (docs/adr/0081): the REST API's table (docs/adr/0060), every staff role reads,
 * owner and admin change orders. A refused call leaves the order as it was.
 */
class OrderGraphQlRolesIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "order-roles-pass-" + UUID.randomUUID();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final Set<String> READERS = Set.of("owner", "admin", "editor", "viewer");

	private static final Set<String> ORDER_WRITERS = Set.of("owner", "admin");

	/**
	 * Who may call it, the state the order starts in, the operation ({@code %s}: the
	 * order's id) and the state it leaves an order in when allowed.
	 */
	enum Operation {

		ADMIN_ORDERS(READERS, "pending", "{ adminOrders(first: 5) { items { id lines { sku } } next } }", "pending"),
		ADMIN_ORDER(READERS, "pending", "{ adminOrder(id: \"%s\") { id timeline { action } } }", "pending"),
		MARK_PAID(ORDER_WRITERS, "pending", "mutation { markOrderPaid(id: \"%s\", reason: \"cash\") { state } }",
				"paid"),
		FULFIL(ORDER_WRITERS, "paid",
				"mutation { fulfilOrder(id: \"%s\", lines: [{lineNumber: 1, quantity: 2}]) { state } }", "fulfilled"),
		DELIVER(ORDER_WRITERS, "fulfilled", "mutation { deliverOrder(id: \"%s\") { state } }", "delivered"),
		CANCEL(ORDER_WRITERS, "pending", "mutation { cancelOrder(id: \"%s\", reason: \"asked\") { state } }",
				"cancelled"),
		CANCEL_DESPITE_DECLINED_VOID(ORDER_WRITERS, "pending",
				"mutation { cancelOrder(id: \"%s\", reason: \"lapsed\", despiteDeclinedVoid: true) { state } }",
				"cancelled"),
		REFUND(ORDER_WRITERS, "paid",
				"mutation { refundOrder(id: \"%s\", amountMinor: 100, currency: \"EUR\") { refunded { amountMinor } } }",
				"paid");

		final Set<String> allowed;

		final String startsIn;

		final String operation;

		final String leaves;

		Operation(Set<String> allowed, String startsIn, String operation, String leaves) {
			this.allowed = allowed;
			this.startsIn = startsIn;
			this.operation = operation;
			this.leaves = leaves;
		}

		String field() {
			return this.operation.replaceFirst("^(mutation )?\\{ (\\w+).*", "$2");
		}

	}

	@Autowired
	OrderBook orderBook;

	static Stream<Arguments> everyCallerAgainstEveryOperation() {
		List<Arguments> cases = new ArrayList<>();
		for (String role : List.of("owner", "admin", "editor", "viewer", "customer", "no-role", "anonymous",
				"other-shop")) {
			for (Operation operation : Operation.values()) {
				cases.add(Arguments.of(role, operation));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyCallerAgainstEveryOperation")
	void answersEachCallerAsTheRoleTableSays(String role, Operation operation) {
		Shop shop = shop("order-roles");
		Tenant tenant = PlacedOrders.tenant(shop);
		OrderId order = inState(shop, operation.startsIn);
		Order before = this.orderBook.order(tenant, order);

		Answer answer = this.runtime.graphql(shop.id(), token(shop, role), operation.operation.formatted(order),
				Map.of());

		Order after = this.orderBook.order(tenant, order);
		if (role.equals("other-shop")) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(401);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(after).as("nothing changed").isEqualTo(before);
			return;
		}
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode body = answer.json();
		if (operation.allowed.contains(role)) {
			assertThat(body.has("errors")).as(role + " " + operation + ": " + answer.body()).isFalse();
			assertThat(body.get("data").get(operation.field()).isNull()).as(answer.body()).isFalse();
			assertThat(after.status().code()).isEqualTo(operation.leaves);
		}
		else {
			assertThat(body.get("errors").get(0).get("extensions").get("classification").asString())
				.as(role + " " + operation + ": " + answer.body())
				.isEqualTo(role.equals("anonymous") ? "UNAUTHORIZED" : "FORBIDDEN");
			assertThat(body.get("data").isNull() || body.get("data").get(operation.field()).isNull()).as(answer.body())
				.isTrue();
			assertThat(after).as("nothing changed").isEqualTo(before);
		}
	}

	/** A fresh order of the shop in this state, so that cases do not interfere. */
	private OrderId inState(Shop shop, String state) {
		Tenant tenant = PlacedOrders.tenant(shop);
		OrderId id = PlacedOrders.place(this.orderBook, shop, "checkout", 1).facts().id();
		if (!state.equals("pending")) {
			this.orderBook.pay(tenant, id, "test", "");
		}
		if (state.equals("fulfilled")) {
			this.orderBook.fulfil(tenant, id, Map.of(1, 2), "test", "");
		}
		return id;
	}

	/**
	 * A token of a user of the shop's realm with exactly this role (one user per role).
	 */
	private String token(Shop shop, String role) {
		return switch (role) {
			case "owner" -> shop.ownerToken();
			case "anonymous" -> null;
			case "other-shop" -> shop("order-roles-other").ownerToken();
			default -> TOKENS.computeIfAbsent(role, (name) -> {
				String username = name + "-" + UUID.randomUUID() + "@order-roles.example";
				StaffUsers.create(shop.route().realm(), username, PASSWORD,
						name.equals("no-role") ? List.of() : List.of(name));
				return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), username,
						PASSWORD);
			});
		};
	}

}
