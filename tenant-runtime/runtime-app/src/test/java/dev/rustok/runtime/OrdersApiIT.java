package dev.rustok.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.Reservation;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.orders.NewOrder;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.PendingOrder;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.PricingRules;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.pricing.TotalsCalculation;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The orders admin API through HTTP on the real runtime, PostgreSQL and Keycloak: orders
 * placed as checkout will place them, then paid, fulfilled, cancelled and refunded by
 * staff; what is answered and what is stored.
 */
class OrdersApiIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "orders-pass-" + UUID.randomUUID();

	@Autowired
	OrderBook orderBook;

	@Autowired
	Inventory inventory;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void paysAndFulfilsInPartsKeepingWhoWhenAndWhyOnTheTimeline() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		this.inventory.adjust(tenant(acme), new VariantId(variant), StockChange.of(null, 5, "received", null), "test");
		PendingOrder placed = place(acme, variant, 3, true);
		String path = "/api/admin/orders/" + placed.facts().id();

		Answer paid = post(acme, acme.ownerToken(), path + "/payment", "{\"reason\":\"cash received\"}");
		Answer partly = post(acme, acme.ownerToken(), path + "/fulfilments",
				"{\"lines\":[{\"lineNumber\":1,\"quantity\":1}],\"reason\":\"first parcel\"}");
		Answer fulfilled = post(acme, acme.ownerToken(), path + "/fulfilments",
				"{\"lines\":[{\"lineNumber\":1,\"quantity\":2}]}");

		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		assertThat(paid.json().get("state").asString()).isEqualTo("paid");
		assertThat(Variants.stored(acme.route().schema(), variant)).as("the hold became a sale").containsExactly(2, 0);
		assertThat(partly.json().get("state").asString()).isEqualTo("partially_fulfilled");
		assertThat(fulfilled.json().get("state").asString()).isEqualTo("fulfilled");
		assertThat(fulfilled.json().get("allowedActions").toString()).contains("deliver", "refund");
		JsonNode detail = this.runtime.get(acme.id(), acme.ownerToken(), path).json();
		JsonNode timeline = detail.get("timeline");
		assertThat(timeline).hasSize(4);
		assertThat(timeline.get(0).get("action").asString()).isEqualTo("placed");
		assertThat(timeline.get(1).get("actor").asString()).isEqualTo(acme.ownerEmail());
		assertThat(timeline.get(1).get("reason").asString()).isEqualTo("cash received");
		assertThat(timeline.get(2).get("detail").asString()).isEqualTo("1 × line 1");
		assertThat(timeline.get(3).get("state").asString()).isEqualTo("fulfilled");
		assertThat(detail.get("lines").get(0).get("fulfilled").asInt()).isEqualTo(3);
		assertThat(storedState(acme, placed)).isEqualTo("fulfilled");
	}

	@Test
	void refusesATransitionTheStateDoesNotAllowWithTheCurrentStateAndChangesNothing() {
		Shop acme = shop("acme");
		PendingOrder placed = place(acme, Variants.aVariant(acme.route().schema(), false), 2, false);
		String path = "/api/admin/orders/" + placed.facts().id();

		Answer fulfil = post(acme, acme.ownerToken(), path + "/fulfilments",
				"{\"lines\":[{\"lineNumber\":1,\"quantity\":1}]}");
		Answer refund = post(acme, acme.ownerToken(), path + "/refunds", "{\"amountMinor\":100,\"currency\":\"EUR\"}");
		Answer deliver = post(acme, acme.ownerToken(), path + "/delivery", "{}");

		assertThat(List.of(fulfil, refund, deliver)).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(409);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("currentState").asString()).isEqualTo("pending");
		});
		assertThat(storedState(acme, placed)).isEqualTo("pending");
		assertThat(timelineLength(acme, placed)).isEqualTo(1);
	}

	@Test
	void refundsInPartsThenInFullAndRefusesMoreThanIsLeft() {
		Shop acme = shop("acme");
		PendingOrder placed = place(acme, Variants.aVariant(acme.route().schema(), false), 1, false);
		String path = "/api/admin/orders/" + placed.facts().id();
		post(acme, acme.ownerToken(), path + "/payment", "{}");
		long total = placed.facts().totals().total().amountMinor();

		Answer part = post(acme, acme.ownerToken(), path + "/refunds",
				"{\"amountMinor\":100,\"currency\":\"EUR\",\"reason\":\"scratched\"}");
		Answer tooMuch = post(acme, acme.ownerToken(), path + "/refunds",
				"{\"amountMinor\":" + total + ",\"currency\":\"EUR\"}");
		Answer wrongCurrency = post(acme, acme.ownerToken(), path + "/refunds",
				"{\"amountMinor\":1,\"currency\":\"USD\"}");
		Answer notANumber = post(acme, acme.ownerToken(), path + "/refunds",
				"{\"amountMinor\":\"1\",\"currency\":\"EUR\"}");
		Answer rest = post(acme, acme.ownerToken(), path + "/refunds",
				"{\"amountMinor\":" + (total - 100) + ",\"currency\":\"EUR\"}");

		assertThat(part.json().get("state").asString()).isEqualTo("paid");
		assertThat(part.json().get("refunded").get("amountMinor").asLong()).isEqualTo(100);
		assertThat(List.of(tooMuch, wrongCurrency)).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
		});
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(rest.json().get("state").asString()).isEqualTo("refunded");
		assertThat(rest.json().get("allowedActions")).isEmpty();
		assertThat(storedState(acme, placed)).isEqualTo("refunded");
	}

	@Test
	void cancellingAPendingOrderGivesItsStockBack() {
		Shop acme = shop("acme");
		UUID variant = Variants.aVariant(acme.route().schema(), true);
		this.inventory.adjust(tenant(acme), new VariantId(variant), StockChange.of(null, 4, "received", null), "test");
		PendingOrder placed = place(acme, variant, 4, true);
		assertThat(Variants.stored(acme.route().schema(), variant)).containsExactly(4, 4);

		Answer cancelled = post(acme, acme.ownerToken(), "/api/admin/orders/" + placed.facts().id() + "/cancellation",
				"{\"reason\":\"shopper asked\"}");

		assertThat(cancelled.json().get("state").asString()).isEqualTo("cancelled");
		assertThat(Variants.stored(acme.route().schema(), variant)).containsExactly(4, 0);
	}

	@Test
	void listsOrdersByStateNewestFirstInKeysetPages() {
		Shop shop = shop("orders-list");
		UUID variant = Variants.aVariant(shop.route().schema(), false);
		List<PendingOrder> placed = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			placed.add(place(shop, variant, 1, false));
		}
		post(shop, shop.ownerToken(), "/api/admin/orders/" + placed.get(1).facts().id() + "/payment", "{}");

		JsonNode first = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders?limit=2").json();
		JsonNode second = this.runtime
			.get(shop.id(), shop.ownerToken(), "/api/admin/orders?limit=2&after=" + first.get("next").asString())
			.json();
		JsonNode pending = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders?state=pending").json();
		Answer badState = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders?state=lost");
		Answer badCursor = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders?after=bm9wZQ");

		assertThat(numbers(first)).containsExactly(3L, 2L);
		assertThat(numbers(second)).containsExactly(1L);
		assertThat(second.get("next").isNull()).isTrue();
		assertThat(numbers(pending)).containsExactly(3L, 1L);
		assertThat(badState.status()).isEqualTo(400);
		assertThat(badState.json().get("errors").get(0).get("field").asString()).isEqualTo("state");
		assertThat(badCursor.json().get("errors").get(0).get("field").asString()).isEqualTo("after");
	}

	@Test
	void orderNumbersHaveNoGapsUnderParallelCheckoutsAndARollback() throws Exception {
		Shop shop = shop("orders-numbers");
		UUID variant = Variants.aVariant(shop.route().schema(), false);
		List<Callable<Long>> checkouts = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			checkouts.add(() -> place(shop, variant, 1, false).facts().number());
		}
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			place(shop, variant, 1, false);
			status.setRollbackOnly();
		});

		List<Long> numbers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (Future<Long> number : pool.invokeAll(checkouts)) {
				numbers.add(number.get());
			}
		}
		place(shop, variant, 1, false);

		List<Long> stored = JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select order_number from \"" + shop.route().schema() + "\".order_header order by order_number")
			.query(Long.class)
			.list();
		assertThat(numbers).doesNotHaveDuplicates().hasSize(24);
		assertThat(stored).hasSize(25);
		for (int i = 0; i < stored.size(); i++) {
			assertThat(stored.get(i)).as("number " + (i + 1)).isEqualTo(i + 1L);
		}
	}

	// the database's own check (V20, docs/adr/0103): an order stored to be numbered last
	// and never numbered is refused at commit, with everything its transaction wrote
	@Test
	void anOrderLeftWithoutItsNumberIsNeverCommitted() {
		Shop shop = shop("orders-unnumbered");
		UUID variant = Variants.aVariant(shop.route().schema(), false);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		assertThatThrownBy(() -> transaction
			.executeWithoutResult((status) -> this.orderBook.prepare(tenant(shop), newOrder(variant, 1, List.of()))))
			.hasStackTraceContaining("without its number");
		PendingOrder next = place(shop, variant, 1, false);

		assertThat(Merchandise.count(shop.route().schema(), "order_header")).isEqualTo(1);
		assertThat(Merchandise.count(shop.route().schema(), "order_line")).isEqualTo(1);
		assertThat(next.facts().number()).isEqualTo(1);
	}

	@Test
	void anotherShopCannotReadOrChangeAnOrder() {
		Shop acme = shop("acme");
		Shop globex = shop("globex");
		PendingOrder placed = place(acme, Variants.aVariant(acme.route().schema(), false), 1, false);
		String path = "/api/admin/orders/" + placed.facts().id();

		Answer readByOther = this.runtime.get(globex.id(), globex.ownerToken(), path);
		Answer cancelByOther = post(globex, globex.ownerToken(), path + "/cancellation", "{}");
		Answer foreignToken = post(globex, acme.ownerToken(), path + "/cancellation", "{}");
		JsonNode globexList = this.runtime.get(globex.id(), globex.ownerToken(), "/api/admin/orders?limit=100").json();

		assertThat(readByOther.status()).isEqualTo(404);
		assertThat(cancelByOther.status()).isEqualTo(404);
		assertThat(foreignToken.status()).isEqualTo(401);
		assertThat(globexList.get("items").toString()).doesNotContain(placed.facts().id().toString());
		assertThat(storedState(acme, placed)).isEqualTo("pending");
	}

	@Test
	void viewersAndEditorsReadOrdersButOnlyOwnersAndAdminsChangeThem() {
		Shop shop = shop("orders-roles");
		UUID variant = Variants.aVariant(shop.route().schema(), false);
		Map<String, Integer> expected = Map.of("viewer", 403, "editor", 403, "admin", 200);
		expected.forEach((role, status) -> {
			String token = staff(shop, role);
			PendingOrder placed = place(shop, variant, 1, false);
			String path = "/api/admin/orders/" + placed.facts().id();

			Answer read = this.runtime.get(shop.id(), token, path);
			Answer cancel = post(shop, token, path + "/cancellation", "{}");
			PendingOrder another = place(shop, variant, 1, false);
			Answer cancelAnyway = post(shop, token, "/api/admin/orders/" + another.facts().id() + "/cancellation",
					"{\"despiteDeclinedVoid\":true}");

			assertThat(read.status()).as(role + " reads").isEqualTo(200);
			assertThat(cancel.status()).as(role + " cancels").isEqualTo(status);
			assertThat(cancelAnyway.status()).as(role + " cancels despite a declined void (docs/adr/0104)")
				.isEqualTo(status);
			assertThat(storedState(shop, placed)).isEqualTo((status == 200) ? "cancelled" : "pending");
		});
	}

	private PendingOrder place(Shop shop, UUID variant, int quantity, boolean reserve) {
		Tenant tenant = tenant(shop);
		List<Reservation> reservations = reserve
				? List
					.of(this.inventory.reserve(tenant, new VariantId(variant), quantity, Duration.ofMinutes(15), "it"))
				: List.of();
		return this.orderBook.place(tenant, newOrder(variant, quantity, reservations));
	}

	private static NewOrder newOrder(UUID variant, int quantity, List<Reservation> reservations) {
		PricedLine line = new PricedLine(new VariantId(variant), "SKU", "Mug", new Money(1_250, "EUR"), quantity, 300);
		PricingRules rules = new PricingRules(new ShippingMethod.FlatRate("standard", new Money(490, "EUR")),
				new TaxRate("DE", 1_900, true), Optional.empty());
		return new NewOrder(List.of(line), TotalsCalculation.totals(List.of(line), rules), reservations, "checkout");
	}

	private Answer post(Shop shop, String token, String path, String json) {
		return this.runtime.post(shop.id(), token, path, json);
	}

	private static Tenant tenant(Shop shop) {
		return new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(), shop.route().shard());
	}

	private static String storedState(Shop shop, PendingOrder order) {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select state from \"" + shop.route().schema() + "\".order_header where id = ?")
			.param(order.facts().id().value())
			.query(String.class)
			.single();
	}

	private static int timelineLength(Shop shop, PendingOrder order) {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql("select count(*) from \"" + shop.route().schema() + "\".order_timeline where order_id = ?")
			.param(order.facts().id().value())
			.query(Integer.class)
			.single();
	}

	private static List<Long> numbers(JsonNode page) {
		List<Long> numbers = new ArrayList<>();
		page.get("items").forEach((item) -> numbers.add(item.get("number").asLong()));
		return numbers;
	}

	private static String staff(Shop shop, String role) {
		String username = role + "-" + UUID.randomUUID() + "@orders.example";
		StaffUsers.create(shop.route().realm(), username, PASSWORD, List.of(role));
		return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), username, PASSWORD);
	}

}
