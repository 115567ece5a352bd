package dev.rustok.runtime;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.OrderId;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import dev.rustok.runtime.webhooks.WebhookReceiver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.rustok.runtime.OutboxRows.PATIENCE;
import static dev.rustok.runtime.OutboxRows.awaitDelivered;
import static dev.rustok.runtime.OutboxRows.jdbc;
import static dev.rustok.runtime.OutboxRows.outbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders' and carts' events go through the transactional outbox (docs/adr/0084): a
 * checkout and the merchant's transitions over HTTP store exactly their envelopes, in the
 * shop's name and the order's versions; a rolled-back transition stores none; a webhook
 * endpoint subscribed to {@code order.Paid} receives the payment once, also when the
 * relay delivers the event again.
 */
class OrderEventsIT extends RuntimeIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Inventory inventory;

	@Autowired
	OrderBook orders;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anOrderPlacedPaidAndFulfilledIsStoredAsExactlyThoseEnvelopesOfItsShop() {
		Shop shop = shop("order-events");
		Shopper ann = readyToComplete(shop);
		Answer completed = ann.complete("events-" + UUID.randomUUID());
		UUID order = UUID.fromString(completed.json().get("orderId").asString());
		long number = completed.json().get("orderNumber").asLong();

		Answer paid = staff(shop, order, "/payment", "{\"reason\":\"cash received\"}");
		Answer fulfilled = staff(shop, order, "/fulfilments", "{\"lines\":[{\"lineNumber\":1,\"quantity\":2}]}");

		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(200);
		awaitDelivered(order);
		List<Map<String, Object>> stored = outbox(order);
		assertThat(stored).extracting((row) -> row.get("type"))
			.containsExactly("order.OrderPlaced", "order.Paid", "order.Fulfilled");
		assertThat(stored).extracting((row) -> ((Number) row.get("aggregate_version")).longValue())
			.containsExactly(1L, 2L, 3L);
		assertThat(stored).allSatisfy((row) -> assertThat(row).containsEntry("tenant_id", shop.id())
			.containsEntry("aggregate_type", "order")
			.containsEntry("schema_version", 1));
		JsonNode placed = JSON.readTree(stored.getFirst().get("payload").toString());
		assertThat(placed.get("number").asLong()).isEqualTo(number);
		assertThat(placed.get("total").get("amountMinor").asLong()).isEqualTo(3_000);
		JsonNode shipped = JSON.readTree(stored.get(2).get("payload").toString());
		assertThat(shipped.get("complete").asBoolean()).isTrue();

		UUID cart = UUID.fromString(ann.cartCookie());
		awaitDelivered(cart);
		assertThat(outbox(cart)).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("type", "cart.CartCheckedOut")
				.containsEntry("tenant_id", shop.id())
				.containsEntry("aggregate_type", "cart");
			assertThat(row.get("correlation_id")).as("one request placed the order and bought the cart")
				.isEqualTo(stored.getFirst().get("correlation_id"));
			JsonNode checkedOut = JSON.readTree(row.get("payload").toString());
			assertThat(checkedOut.get("orderId").asString()).isEqualTo(order.toString());
			assertThat(checkedOut.get("units").asInt()).isEqualTo(2);
			assertThat(checkedOut.get("subtotal").get("amountMinor").asLong()).isEqualTo(2_500);
		});
		assertThat(outboxOfOtherShops(shop, order, cart)).as("nothing in another shop's name").isZero();
	}

	@Test
	void aRolledBackTransitionLeavesNoEvent() {
		Shop shop = shop("order-events");
		Answer completed = readyToComplete(shop).complete("rollback-" + UUID.randomUUID());
		UUID order = UUID.fromString(completed.json().get("orderId").asString());
		awaitDelivered(order);

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.orders.pay(tenant(shop), new OrderId(order), "test", "rolled back");
			status.setRollbackOnly();
		});

		assertThat(outbox(order)).extracting((row) -> row.get("type")).containsExactly("order.OrderPlaced");
		assertThat(this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders/" + order)
			.json()
			.get("state")
			.asString()).isEqualTo("pending");
	}

	@Test
	void anEndpointSubscribedToOrderPaidReceivesThePaymentOnceEvenWhenRedelivered() throws Exception {
		Shop shop = shop("order-hooks");
		JsonNode types = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/webhooks/event-types").json();
		assertThat(types.toString()).contains("order.OrderPlaced", "order.Paid", "order.Fulfilled", "order.Cancelled",
				"order.Refunded", "cart.CartCheckedOut");
		try (WebhookReceiver receiver = WebhookReceiver.https().answering(200)) {
			Answer registered = this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/webhooks",
					RuntimeClient.json(Map.of("url", receiver.url("/orders"), "description", "accounting", "eventTypes",
							List.of("order.Paid"))));
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
			String endpoint = registered.json().get("endpoint").get("id").asString();
			Answer completed = readyToComplete(shop).complete("hooks-" + UUID.randomUUID());
			UUID order = UUID.fromString(completed.json().get("orderId").asString());

			staff(shop, order, "/payment", "{\"reason\":\"bank transfer\"}");

			await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
			JsonNode body = JSON.readTree(receiver.received().getFirst().body());
			assertThat(body.get("type").asString()).isEqualTo("order.Paid");
			assertThat(body.get("shop").asString()).isEqualTo(shop.id());
			assertThat(body.get("data").get("orderId").asString()).isEqualTo(order.toString());
			assertThat(body.get("data").get("number").asLong()).isEqualTo(completed.json().get("orderNumber").asLong());
			assertThat(body.get("data").get("amount").get("amountMinor").asLong()).isEqualTo(3_000);
			assertThat(body.get("data").has("tenantId")).isFalse();

			// as after a node died between the fan-out's commit and marking the event
			// delivered: the relay hands the event over again
			awaitDelivered(order);
			jdbc()
				.sql("update rustok_events.outbox_event set delivered_at = null, next_attempt_at = now() "
						+ "where aggregate_id = ? and type = 'order.Paid'")
				.param(order)
				.update();
			jdbc().sql("notify rustok_outbox").update();
			awaitDelivered(order);
			staff(shop, order, "/fulfilments", "{\"lines\":[{\"lineNumber\":1,\"quantity\":2}]}");
			awaitDelivered(order);

			JsonNode deliveries = this.runtime
				.get(shop.id(), shop.ownerToken(), "/api/admin/webhooks/" + endpoint + "/deliveries")
				.json()
				.get("items");
			assertThat(deliveries).hasSize(1);
			assertThat(receiver.received()).hasSize(1);
		}
	}

	private Shopper readyToComplete(Shop shop) {
		this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":500}");
		UUID mug = Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300);
		this.inventory.adjust(tenant(shop), new VariantId(mug), StockChange.of(null, 5, "received", null), "test");
		Shopper shopper = new Shopper(this.runtime, shop.id());
		shopper.post("/api/store/cart", "{\"currency\":\"EUR\"}");
		shopper.post("/api/store/cart/lines", CheckoutApiIT.line(mug, 2));
		assertThat(shopper.post("/api/store/checkout", CheckoutApiIT.ADDRESS).status()).isEqualTo(201);
		assertThat(shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}").status()).isEqualTo(200);
		return shopper;
	}

	private Answer staff(Shop shop, UUID order, String action, String json) {
		return this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/orders/" + order + action, json);
	}

	private static int outboxOfOtherShops(Shop shop, UUID order, UUID cart) {
		return jdbc()
			.sql("select count(*) from rustok_events.outbox_event where aggregate_id in (?, ?) and tenant_id <> ?")
			.params(order, cart, shop.id())
			.query(Integer.class)
			.single();
	}

	private static Tenant tenant(Shop shop) {
		return new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(), shop.route().shard());
	}

}
