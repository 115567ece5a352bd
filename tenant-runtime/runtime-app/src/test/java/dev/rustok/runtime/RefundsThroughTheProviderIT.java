package dev.rustok.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.PendingOrder;
import dev.rustok.runtime.payments.PlayedProvider;
import dev.rustok.runtime.payments.PlayedProvider.Act;
import dev.rustok.runtime.payments.PlayedProvider.Call;
import dev.rustok.runtime.shared.VariantId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.rustok.runtime.GraphQlShopper.fields;
import static dev.rustok.runtime.GraphQlShopper.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds and cancellations of orders paid through the HTTP provider adapter, against a
 * small local provider, through the admin API (docs/adr/0095): the money goes back
 * through the provider with a key of the order and the refund, once even when an answer
 * is lost; a provider that is down (503) or declines (422) leaves the order as it was;
 * cancelling an order whose payment was only authorized voids it, and when the provider
 * declines the void, staff may cancel it anyway by an explicit choice (docs/adr/0104), on
 * the API and the admin screen; another shop's staff reach nothing.
 */
class RefundsThroughTheProviderIT extends RuntimeNodeTest {

	static final PlayedProvider PROVIDER = started();

	// another provider setting makes another application context in this JVM: it joins
	// the tests' cluster as a member of its own, with its own management port
	private static final int CLUSTER_PORT = FreePorts.next();

	private static final int MANAGEMENT_PORT = FreePorts.next();

	@Autowired
	Inventory inventory;

	@Autowired
	OrderBook orderBook;

	@DynamicPropertySource
	static void node(DynamicPropertyRegistry registry) {
		RuntimePlatform.anotherNode(registry, CLUSTER_PORT, MANAGEMENT_PORT);
		registry.add("rustok.checkout.payment-provider", () -> "http");
		registry.add("rustok.payments.http.base-url", () -> PROVIDER.baseUrl().toString());
		registry.add("rustok.payments.http.api-key", () -> PlayedProvider.API_KEY);
		// one attempt: a lost answer reaches the staff member, who asks again
		registry.add("rustok.payments.http.attempts", () -> "1");
		// failures played here must not open the breaker for the next test
		registry.add("rustok.payments.http.breaker-window", () -> "100");
		// an answer held back while another refund runs is not a time-out
		registry.add("rustok.payments.http.timeout", () -> "120s");
	}

	@Test
	void refundsThroughTheProviderWithAKeyOfTheOrderAndTheRefundAndADistinctOneForTheNext() {
		Shop shop = shop();
		Placed order = paid(shop);

		Answer tooMuch = refund(shop, order, order.total() + 1);
		List<Call> afterRefused = PROVIDER.calls();
		Answer first = refund(shop, order, 100);
		Answer second = refund(shop, order, 250);

		assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(400);
		assertThat(tooMuch.json().at("/errors/0/field").asString()).isEqualTo("amount");
		assertThat(afterRefused).as("an invalid amount asks nobody").hasSize(order.callsBefore());
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().at("/refunded/amountMinor").asLong()).isEqualTo(100);
		assertThat(second.json().at("/refunded/amountMinor").asLong()).isEqualTo(350);
		assertThat(second.json().get("state").asString()).isEqualTo("paid");
		List<Call> refunds = refundCalls(order);
		assertThat(refunds).extracting(Call::key).containsExactly(order.key("refund:1"), order.key("refund:2"));
		assertThat(refunds).extracting(Call::path)
			.as("on the captured payment's reference")
			.containsOnly("/v1/payments/" + storedReference(shop, order) + "/refund");
		assertThat(refunds.get(0).body()).contains("\"amountMinor\":100");
		assertThat(refunds.get(1).body()).contains("\"amountMinor\":250");
		assertThat(PROVIDER.charges()).filteredOn((key) -> key.contains(order.id())).hasSize(4);
		assertThat(storedRefunded(shop, order)).isEqualTo(350);
	}

	@Test
	void aRefundWhoseAnswerWasLostIsAskedAgainWithTheSameKeyAndPaysBackOnce() {
		Shop shop = shop();
		Placed order = paid(shop);

		PROVIDER.then(Act.CHARGE_THEN_BUSY);
		Answer lost = refund(shop, order, 300);
		long refundedAfterLoss = storedRefunded(shop, order);
		Answer again = refund(shop, order, 300);

		assertThat(lost.status()).as(lost.body()).isEqualTo(503);
		assertThat(refundedAfterLoss).as("nothing recorded while the answer is unknown").isZero();
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().at("/refunded/amountMinor").asLong()).isEqualTo(300);
		assertThat(refundCalls(order)).extracting(Call::key)
			.containsExactly(order.key("refund:1"), order.key("refund:1"));
		assertThat(PROVIDER.charges()).as("paid back once").filteredOn(order.key("refund:1")::equals).hasSize(1);
		assertThat(storedRefunded(shop, order)).isEqualTo(300);
	}

	@Test
	void twoStaffRefundingAtOnceArePaidBackAndRecordedOnceAndTheSlowerIsTold409() throws Exception {
		Shop shop = shop();
		Placed order = paid(shop);

		PROVIDER.then(Act.CHARGE_THEN_HOLD);
		CompletableFuture<Answer> slower = CompletableFuture.supplyAsync(() -> refund(shop, order, 100));
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> PROVIDER.charges().contains(order.key("refund:1")));
		Answer faster = refund(shop, order, 100);
		PROVIDER.release();
		Answer held = slower.get(120, TimeUnit.SECONDS);

		assertThat(faster.status()).as(faster.body()).isEqualTo(200);
		assertThat(held.status()).as(held.body()).isEqualTo(409);
		assertThat(held.json().at("/errors/0/field").asString()).isEqualTo("state");
		assertThat(PROVIDER.charges()).filteredOn(order.key("refund:1")::equals).hasSize(1);
		assertThat(storedRefunded(shop, order)).as("recorded once").isEqualTo(100);
	}

	@Test
	void answers503PaymentProviderUnavailableAndChangesNothingWhenTheProviderIsDown() {
		Shop shop = shop();
		Placed order = paid(shop);
		int timeline = timelineLength(shop, order);

		PROVIDER.then(Act.FAIL);
		Answer down = refund(shop, order, 100);
		PROVIDER.then(Act.FAIL);
		Answer cancelDown = cancel(shop, order);

		assertThat(List.of(down, cancelDown)).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(503);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("detail").asString()).startsWith("payment provider unavailable");
			assertThat(answer.header("Retry-After")).isEqualTo("30");
		});
		assertThat(storedState(shop, order)).isEqualTo("paid");
		assertThat(storedRefunded(shop, order)).isZero();
		assertThat(timelineLength(shop, order)).isEqualTo(timeline);
	}

	@Test
	void aDeclinedRefundIs422NamingThePaymentAndChangesNothing() {
		Shop shop = shop();
		Placed order = paid(shop);
		int timeline = timelineLength(shop, order);

		PROVIDER.then(Act.DECLINE);
		Answer declined = refund(shop, order, 100);

		assertThat(declined.status()).as(declined.body()).isEqualTo(422);
		assertThat(declined.contentType()).startsWith("application/problem+json");
		assertThat(declined.json().at("/errors/0/field").asString()).isEqualTo("payment");
		assertThat(declined.json().at("/errors/0/reason").asString()).contains("card declined");
		assertThat(storedState(shop, order)).isEqualTo("paid");
		assertThat(storedRefunded(shop, order)).isZero();
		assertThat(timelineLength(shop, order)).isEqualTo(timeline);
	}

	@Test
	void cancellingAnOrderWhoseCaptureFailedVoidsItsAuthorizationAndGivesItsStockBack() {
		Shop shop = shop();
		UUID mug = mug(shop);
		Placed order = authorizedOnly(shop, mug);

		Answer cancelled = cancel(shop, order);

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("state").asString()).isEqualTo("cancelled");
		List<Call> voids = PROVIDER.calls().stream().filter((call) -> order.key("void").equals(call.key())).toList();
		assertThat(voids).extracting(Call::path)
			.containsExactly("/v1/payments/" + storedReference(shop, order) + "/void");
		assertThat(refundCalls(order)).isEmpty();
		assertThat(Variants.stored(shop.route().schema(), mug)).as("the hold is released").containsExactly(5, 0);
	}

	@Test
	void aVoidTheProviderDeclinesIs422OfferingTheChoiceAndChangesNothingUntilStaffMakeIt() {
		Shop shop = shop();
		UUID mug = mug(shop);
		Placed order = authorizedOnly(shop, mug);
		int timeline = timelineLength(shop, order);

		PROVIDER.then(Act.DECLINE);
		Answer declined = cancel(shop, order);
		int timelineAfterDecline = timelineLength(shop, order);
		PROVIDER.then(Act.FAIL);
		Answer down = cancelDespiteDeclinedVoid(shop, order);
		int timelineAfterDown = timelineLength(shop, order);
		PROVIDER.then(Act.DECLINE);
		Answer cancelled = cancelDespiteDeclinedVoid(shop, order);

		assertThat(declined.status()).as(declined.body()).isEqualTo(422);
		assertThat(declined.contentType()).startsWith("application/problem+json");
		assertThat(declined.json().get("voidDeclined").asBoolean()).isTrue();
		assertThat(declined.json().get("currentState").asString()).isEqualTo("pending");
		assertThat(declined.json().at("/errors/0/field").asString()).isEqualTo("payment");
		assertThat(declined.json().get("detail").asString()).contains("despiteDeclinedVoid");
		assertThat(timelineAfterDecline).as("a decline alone changes nothing").isEqualTo(timeline);
		assertThat(down.status()).as("nothing changes on a 503, whatever the choice: " + down.body()).isEqualTo(503);
		assertThat(timelineAfterDown).isEqualTo(timeline);
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("state").asString()).isEqualTo("cancelled");
		JsonNode last = cancelled.json().get("timeline").get(timeline);
		assertThat(last.get("action").asString()).isEqualTo("cancelled");
		assertThat(last.get("detail").asString())
			.isEqualTo("authorization not voided: the payment provider declined: card declined");
		assertThat(last.get("reason").asString()).isEqualTo("authorization expired");
		assertThat(storedState(shop, order)).isEqualTo("cancelled");
		assertThat(Variants.stored(shop.route().schema(), mug)).as("the hold is released").containsExactly(5, 0);
		assertThat(PROVIDER.calls().stream().filter((call) -> order.key("void").equals(call.key())))
			.as("the provider was asked each time, with the one key of the void")
			.hasSize(3);
	}

	@Test
	void theChoiceToCancelDespiteADeclinedVoidNeverCoversADeclinedRefund() {
		Shop shop = shop();
		Placed order = paid(shop);

		PROVIDER.then(Act.DECLINE);
		Answer declined = cancelDespiteDeclinedVoid(shop, order);

		assertThat(declined.status()).as(declined.body()).isEqualTo(422);
		assertThat(declined.json().has("voidDeclined")).isFalse();
		assertThat(storedState(shop, order)).isEqualTo("paid");
		assertThat(storedRefunded(shop, order)).isZero();
	}

	@Test
	void anotherShopsStaffCannotCancelAnOrderDespiteADeclinedVoid() {
		Shop shop = shop();
		Shop other = shop("refunds-other");
		Placed order = authorizedOnly(shop, mug(shop));
		int calls = PROVIDER.calls().size();

		Answer otherShopsHost = this.runtime.post(other.id(), other.ownerToken(),
				"/api/admin/orders/" + order.id() + "/cancellation", "{\"despiteDeclinedVoid\":true}");
		Answer otherShopsToken = this.runtime.post(shop.id(), other.ownerToken(),
				"/api/admin/orders/" + order.id() + "/cancellation", "{\"despiteDeclinedVoid\":true}");

		assertThat(otherShopsHost.status()).as(otherShopsHost.body()).isEqualTo(404);
		assertThat(otherShopsToken.status()).isEqualTo(401);
		assertThat(PROVIDER.calls()).as("the provider is not asked").hasSize(calls);
		assertThat(storedState(shop, order)).isEqualTo("pending");
	}

	@Test
	void cancelOrderOverGraphQlOffersAndTakesTheChoiceWhenTheProviderDeclinesTheVoid() {
		Shop shop = shop();
		UUID mug = mug(shop);
		Placed order = authorizedOnly(shop, mug);
		String mutation = "mutation($id: ID!, $anyway: Boolean) { cancelOrder(id: $id, reason: \"lapsed\", "
				+ "despiteDeclinedVoid: $anyway) { state timeline { action detail } } }";

		PROVIDER.then(Act.DECLINE);
		Answer declined = this.runtime.graphql(shop.id(), shop.ownerToken(), mutation, Map.of("id", order.id()));
		PROVIDER.then(Act.DECLINE);
		Answer cancelled = this.runtime.graphql(shop.id(), shop.ownerToken(), mutation,
				Map.of("id", order.id(), "anyway", true));

		assertThat(status(declined)).as(declined.body()).isEqualTo(422);
		assertThat(fields(declined)).containsExactly("payment");
		assertThat(declined.json().at("/errors/0/extensions/voidDeclined").asBoolean()).as(declined.body()).isTrue();
		assertThat(cancelled.json().at("/data/cancelOrder/state").asString()).as(cancelled.body())
			.isEqualTo("cancelled");
		JsonNode timeline = cancelled.json().at("/data/cancelOrder/timeline");
		assertThat(timeline.get(timeline.size() - 1).get("detail").asString()).startsWith("authorization not voided");
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(5, 0);
	}

	@Test
	void theAdminScreenOffersToCancelAnywayWhenTheProviderDeclinesTheVoid() {
		Shop shop = shop();
		UUID mug = mug(shop);
		Placed order = authorizedOnly(shop, mug);

		try (Playwright playwright = AdminTabs.playwright()) {
			Page page = AdminTabs.ownersTab(AdminTabs.chromium(playwright), shop, this.port);
			page.onDialog(Dialog::accept);
			page.navigate("http://127.0.0.1:" + this.port + "/admin/#/orders/" + order.id());
			page.fill("#order-reason", "authorization expired");
			PROVIDER.then(Act.DECLINE);
			page.locator("#cancel-order").click();
			assertThat(page.locator("#order-actions .form-error")).containsText("declined");
			assertThat(page.locator("#declined-void")).containsText("not voided");
			assertThat(page.locator("#order-state-now")).hasText("pending");

			PROVIDER.then(Act.DECLINE);
			page.locator("#cancel-despite-declined-void").click();
			assertThat(page.locator("#order-state-now")).hasText("cancelled");
			assertThat(page.locator("#order-timeline li").last()).containsText("authorization not voided");
			assertThat(page.locator("#order-timeline li").last()).containsText("authorization expired");
		}
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(5, 0);
	}

	@Test
	void cancellingAPaidOrderPaysBackWhatIsLeftAsItsNextRefund() {
		Shop shop = shop();
		Placed order = paid(shop);
		refund(shop, order, 100);

		Answer cancelled = cancel(shop, order);

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("state").asString()).isEqualTo("cancelled");
		List<Call> refunds = refundCalls(order);
		assertThat(refunds).extracting(Call::key).containsExactly(order.key("refund:1"), order.key("refund:2"));
		assertThat(refunds.get(1).body()).contains("\"amountMinor\":" + (order.total() - 100));
		assertThat(storedRefunded(shop, order)).isEqualTo(order.total());
	}

	@Test
	void anOrderPaidWithoutTheProviderIsRefundedWithoutAskingIt() {
		Shop shop = shop();
		PendingOrder placed = PlacedOrders.place(this.orderBook, shop, "checkout", 1);
		String path = "/api/admin/orders/" + placed.facts().id();
		this.runtime.post(shop.id(), shop.ownerToken(), path + "/payment", "{\"reason\":\"cash\"}");
		int calls = PROVIDER.calls().size();

		Answer refunded = this.runtime.post(shop.id(), shop.ownerToken(), path + "/refunds",
				"{\"amountMinor\":100,\"currency\":\"EUR\"}");

		assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
		assertThat(refunded.json().at("/refunded/amountMinor").asLong()).isEqualTo(100);
		assertThat(PROVIDER.calls()).hasSize(calls);
	}

	@Test
	void theStaffOfAnotherShopCannotRefundOrCancelAnOrder() {
		Shop shop = shop();
		Shop other = shop("refunds-other");
		Placed order = paid(shop);
		String path = "/api/admin/orders/" + order.id();

		Answer otherShopsHost = this.runtime.post(other.id(), other.ownerToken(), path + "/refunds",
				"{\"amountMinor\":100,\"currency\":\"EUR\"}");
		Answer otherShopsToken = this.runtime.post(shop.id(), other.ownerToken(), path + "/refunds",
				"{\"amountMinor\":100,\"currency\":\"EUR\"}");
		Answer cancelFromOtherShop = this.runtime.post(other.id(), other.ownerToken(), path + "/cancellation", "{}");

		assertThat(otherShopsHost.status()).as(otherShopsHost.body()).isEqualTo(404);
		assertThat(otherShopsToken.status()).isEqualTo(401);
		assertThat(cancelFromOtherShop.status()).isEqualTo(404);
		assertThat(PROVIDER.calls()).as("the provider is not asked").hasSize(order.callsBefore());
		assertThat(storedState(shop, order)).isEqualTo("paid");
		assertThat(storedRefunded(shop, order)).isZero();
	}

	@Test
	void refundOrderOverGraphQlGoesThroughTheProviderAndADeclineIsA422Error() {
		Shop shop = shop();
		Placed order = paid(shop);
		String mutation = "mutation($id: ID!) { refundOrder(id: $id, amountMinor: 100, currency: \"EUR\") "
				+ "{ state refunded { amountMinor } } }";

		Answer refunded = this.runtime.graphql(shop.id(), shop.ownerToken(), mutation, Map.of("id", order.id()));
		PROVIDER.then(Act.DECLINE);
		Answer declined = this.runtime.graphql(shop.id(), shop.ownerToken(), mutation, Map.of("id", order.id()));

		assertThat(refunded.json().at("/data/refundOrder/refunded/amountMinor").asLong()).as(refunded.body())
			.isEqualTo(100);
		assertThat(status(declined)).as(declined.body()).isEqualTo(422);
		assertThat(fields(declined)).containsExactly("payment");
		assertThat(refundCalls(order)).extracting(Call::key)
			.containsExactly(order.key("refund:1"), order.key("refund:2"));
		assertThat(storedRefunded(shop, order)).isEqualTo(100);
	}

	/**
	 * An order checkout placed through the provider, and how many calls the provider had
	 * seen by then.
	 */
	private record Placed(String shopId, String id, long total, int callsBefore) {

		String key(String intent) {
			return this.shopId + ":" + this.id + ":" + intent;
		}

	}

	private Placed paid(Shop shop) {
		Answer paid = ready(shop, mug(shop)).complete("paid-" + UUID.randomUUID());
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(paid.json().get("paymentState").asString()).isEqualTo("paid");
		return new Placed(shop.id(), paid.json().get("orderId").asString(),
				paid.json().at("/total/amountMinor").asLong(), PROVIDER.calls().size());
	}

	// a pending order whose payment was authorized, its capture declined, one mug held
	private Placed authorizedOnly(Shop shop, UUID mug) {
		Shopper shopper = ready(shop, mug);
		PROVIDER.then(Act.ANSWER, Act.DECLINE);
		Answer declined = shopper.complete("declined-" + UUID.randomUUID());
		assertThat(declined.status()).as(declined.body()).isEqualTo(402);
		String orderId = orderIdOf(shop, declined.json().get("orderNumber").asLong());
		assertThat(Variants.stored(shop.route().schema(), mug)).containsExactly(5, 1);
		return new Placed(shop.id(), orderId, 0, 0);
	}

	private Shop shop() {
		Shop shop = shop("refunds-pay");
		this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		return shop;
	}

	private UUID mug(Shop shop) {
		UUID mug = Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300);
		this.inventory.adjust(PlacedOrders.tenant(shop), new VariantId(mug), StockChange.of(null, 5, "received", null),
				"test");
		return mug;
	}

	private Shopper ready(Shop shop, UUID variant) {
		Shopper shopper = new Shopper(this.runtime, shop.id());
		shopper.post("/api/store/cart", "{}");
		shopper.post("/api/store/cart/lines", CheckoutApiIT.line(variant, 1));
		assertThat(shopper.post("/api/store/checkout", CheckoutApiIT.ADDRESS).status()).isEqualTo(201);
		assertThat(shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}").status()).isEqualTo(200);
		return shopper;
	}

	// a declined completion names the order by its number
	private String orderIdOf(Shop shop, long number) {
		JsonNode pending = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/orders?state=pending&limit=100")
			.json();
		for (JsonNode item : pending.get("items")) {
			if (item.get("number").asLong() == number) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("no pending order " + number + " in " + pending);
	}

	private Answer refund(Shop shop, Placed order, long amountMinor) {
		return this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/orders/" + order.id() + "/refunds",
				"{\"amountMinor\":" + amountMinor + ",\"currency\":\"EUR\",\"reason\":\"test\"}");
	}

	private Answer cancel(Shop shop, Placed order) {
		return this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/orders/" + order.id() + "/cancellation",
				"{\"reason\":\"shopper asked\"}");
	}

	private Answer cancelDespiteDeclinedVoid(Shop shop, Placed order) {
		return this.runtime.post(shop.id(), shop.ownerToken(), "/api/admin/orders/" + order.id() + "/cancellation",
				"{\"reason\":\"authorization expired\",\"despiteDeclinedVoid\":true}");
	}

	private static List<Call> refundCalls(Placed order) {
		return PROVIDER.calls()
			.stream()
			.filter((call) -> call.path().endsWith("/refund") && call.key().contains(order.id()))
			.toList();
	}

	private static String storedReference(Shop shop, Placed order) {
		return row(shop, "select reference from \"%s\".order_payment where order_id = ?", order, String.class);
	}

	private static String storedState(Shop shop, Placed order) {
		return row(shop, "select state from \"%s\".order_header where id = ?", order, String.class);
	}

	private static long storedRefunded(Shop shop, Placed order) {
		return row(shop, "select refunded_minor from \"%s\".order_header where id = ?", order, Long.class);
	}

	private static int timelineLength(Shop shop, Placed order) {
		return row(shop, "select count(*) from \"%s\".order_timeline where order_id = ?", order, Integer.class);
	}

	private static <T> T row(Shop shop, String sql, Placed order, Class<T> type) {
		return JdbcClient.create(RuntimePlatform.DATABASE.dataSource())
			.sql(sql.formatted(shop.route().schema()))
			.param(UUID.fromString(order.id()))
			.query(type)
			.single();
	}

	private static PlayedProvider started() {
		try {
			return new PlayedProvider();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
