package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.checkout.Checkout;
import dev.rustok.runtime.checkout.Completion;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout completion takes the shop's order number last (docs/adr/0103): completions of
 * one shop in parallel get 1..N with no gap and no duplicate, a completion that fails
 * before or after its number leaves none, and the number every row and event carries is
 * the order's.
 */
class CheckoutOrderNumbersIT extends RuntimeIntegrationTest {

	@Autowired
	Inventory inventory;

	@Autowired
	Checkout checkout;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void parallelCompletionsOfOneShopAreNumberedOneToNWithoutGapOrDuplicate() throws Exception {
		Shop shop = shop("numbers-parallel");
		shipping(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 100);
		UUID scarf = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Scarf", 2_900, 200), 1);
		Shopper late = readyToComplete(shop, scarf);
		Variants.timeRunsOut(shop.route().schema(), heldBy(shop, late));
		readyToComplete(shop, scarf);
		Shopper rolledBack = readyToComplete(shop, mug);
		List<Callable<Answer>> shoppers = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			shoppers.add(() -> readyToComplete(shop, mug).complete("parallel-" + UUID.randomUUID()));
		}
		shoppers.add(() -> late.complete("late-" + UUID.randomUUID()));
		shoppers.add(() -> {
			completeAndRollBack(shop, rolledBack);
			return null;
		});

		List<Answer> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			for (Future<Answer> answer : pool.invokeAll(shoppers)) {
				answers.add(answer.get());
			}
		}
		Answer afterwards = rolledBack.complete("again-" + UUID.randomUUID());

		List<Answer> placed = answers.subList(0, 16);
		assertThat(placed).allSatisfy((answer) -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
		assertThat(placed).extracting((answer) -> answer.json().get("orderNumber").asLong()).doesNotHaveDuplicates();
		assertThat(answers.get(16).status()).as(answers.get(16).body()).isEqualTo(409);
		assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);
		assertThat(storedNumbers(shop)).containsExactlyElementsOf(LongStream.rangeClosed(1, 17).boxed().toList());
		assertThat(numbersThatDisagree(shop)).as("checkout rows and events carry their order's number").isEmpty();
	}

	@Test
	void aCompletionRolledBackAfterItTookItsNumberGivesTheNumberBack() {
		Shop shop = shop("numbers-rollback");
		shipping(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 10);
		Answer first = readyToComplete(shop, mug).complete("first-" + UUID.randomUUID());
		Shopper undone = readyToComplete(shop, mug);

		long takenThenGivenBack = completeAndRollBack(shop, undone);
		Answer next = readyToComplete(shop, mug).complete("next-" + UUID.randomUUID());
		Answer undoneAgain = undone.complete("again-" + UUID.randomUUID());

		assertThat(first.json().get("orderNumber").asLong()).isEqualTo(1);
		assertThat(takenThenGivenBack).isEqualTo(2);
		assertThat(next.json().get("orderNumber").asLong()).isEqualTo(2);
		assertThat(undoneAgain.json().get("orderNumber").asLong()).isEqualTo(3);
		assertThat(storedNumbers(shop)).containsExactly(1L, 2L, 3L);
		assertThat(numbersThatDisagree(shop)).isEmpty();
	}

	@Test
	void theShopsCounterIsTakenOnlyAfterEveryWriteThatNeedsNoNumber() {
		Shop shop = shop("numbers-last");
		shipping(shop);
		UUID mug = stocked(shop, Merchandise.aVariant(shop.route().schema(), "Mug", 1_250, 300), 10);
		Shopper ann = readyToComplete(shop, mug);
		String schema = shop.route().schema();
		this.sqlStatements.takeMineIn(schema);

		this.checkout.complete(tenant(shop), cart(ann), "last-" + UUID.randomUUID());
		List<String> sent = this.sqlStatements.takeMineIn(schema);

		int counter = indexOf(sent, "order_number_counter");
		List<String> before = sent.subList(0, counter);
		List<String> after = sent.subList(counter + 1, sent.size());
		assertThat(sent.get(counter)).as("the counter and the order's number in one statement")
			.contains("update \"" + schema + "\".\"order_header\"");
		assertThat(before)
			.anySatisfy((sql) -> assertThat(sql).startsWith("insert into \"" + schema + "\".\"order_line\""))
			.anySatisfy((sql) -> assertThat(sql).startsWith("insert into \"" + schema + "\".\"order_timeline\""))
			.anySatisfy((sql) -> assertThat(sql).startsWith("insert into \"" + schema + "\".\"checkout_reservation\""));
		assertThat(after).filteredOn((sql) -> sql.startsWith("select"))
			.as("who placed the order, for the customer's history: one lookup")
			.hasSize(1);
		assertThat(after).as("after the counter, only the rows that carry the number change")
			.filteredOn((sql) -> !sql.startsWith("select"))
			.extracting((sql) -> sql.substring(0, sql.indexOf(" set ")))
			.containsExactly("update \"" + schema + "\".\"checkout\"", "update \"" + schema + "\".\"cart\"");
	}

	// the completion as checkout runs it, in a transaction that rolls back once the order
	// has its number: what a failure at the very end of a completion does
	private long completeAndRollBack(Shop shop, Shopper shopper) {
		return new TransactionTemplate(this.transactions).execute((status) -> {
			Completion completion = this.checkout.complete(tenant(shop), cart(shopper), "undone-" + UUID.randomUUID());
			status.setRollbackOnly();
			return completion.orderNumber();
		});
	}

	private Shopper readyToComplete(Shop shop, UUID variant) {
		Shopper shopper = new Shopper(this.runtime, shop.id());
		shopper.post("/api/store/cart", "{}");
		assertThat(shopper.post("/api/store/cart/lines", CheckoutApiIT.line(variant, 1)).status()).isEqualTo(200);
		assertThat(shopper.post("/api/store/checkout", CheckoutApiIT.ADDRESS).status()).isEqualTo(201);
		assertThat(shopper.put("/api/store/checkout/shipping", "{\"method\":\"standard\"}").status()).isEqualTo(200);
		return shopper;
	}

	private void shipping(Shop shop) {
		Answer standard = this.runtime.put(shop.id(), shop.ownerToken(), "/api/admin/shipping-methods/standard",
				"{\"name\":\"Standard\",\"currency\":\"EUR\",\"rateMinor\":490}");
		assertThat(standard.status()).as(standard.body()).isEqualTo(200);
	}

	private UUID stocked(Shop shop, UUID variant, int units) {
		this.inventory.adjust(tenant(shop), new VariantId(variant), StockChange.of(null, units, "received", null),
				"test");
		return variant;
	}

	private static UUID heldBy(Shop shop, Shopper shopper) {
		String schema = Merchandise.quoted(shop.route().schema());
		return Merchandise.jdbc()
			.sql("select reservation_id from " + schema + ".checkout_reservation r join " + schema
					+ ".checkout c on c.id = r.checkout_id where c.cart_id = ?::uuid")
			.param(shopper.cartCookie())
			.query(UUID.class)
			.single();
	}

	private static List<Long> storedNumbers(Shop shop) {
		return Merchandise.jdbc()
			.sql("select order_number from " + Merchandise.quoted(shop.route().schema())
					+ ".order_header order by order_number")
			.query(Long.class)
			.list();
	}

	// every order's number against its checkout's and the events' that name it
	private static List<String> numbersThatDisagree(Shop shop) {
		String schema = Merchandise.quoted(shop.route().schema());
		return Merchandise.jdbc()
			.sql("select o.id::text from " + schema + ".order_header o join " + schema
					+ ".checkout c on c.order_id = o.id"
					+ " left join rustok_events.outbox_event placed on placed.aggregate_id = o.id"
					+ " and placed.type = 'order.OrderPlaced'"
					+ " left join rustok_events.outbox_event bought on bought.aggregate_id = c.cart_id"
					+ " and bought.type = 'cart.CartCheckedOut'"
					+ " where c.order_number is distinct from o.order_number"
					+ " or (placed.payload ->> 'number')::bigint is distinct from o.order_number"
					+ " or (bought.payload ->> 'orderNumber')::bigint is distinct from o.order_number")
			.query(String.class)
			.list();
	}

	private static int indexOf(List<String> statements, String table) {
		for (int i = 0; i < statements.size(); i++) {
			if (statements.get(i).contains("\"" + table + "\"")) {
				return i;
			}
		}
		throw new AssertionError("no statement on " + table + " in " + statements);
	}

	private static CartId cart(Shopper shopper) {
		return CartId.parse(shopper.cartCookie()).orElseThrow();
	}

	private static Tenant tenant(Shop shop) {
		return new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(), shop.route().shard());
	}

}
