package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.catalog.Catalog;
import dev.rustok.runtime.catalog.Product;
import dev.rustok.runtime.catalog.ProductInput;
import dev.rustok.runtime.catalog.ProductInput.PriceInput;
import dev.rustok.runtime.catalog.ProductInput.VariantInput;
import dev.rustok.runtime.events.CartEvent.CartCheckedOut;
import dev.rustok.runtime.events.CatalogEvent.ProductCreated;
import dev.rustok.runtime.events.CatalogEvent.ProductUpdated;
import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.StockChange;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.shared.VariantId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.rustok.runtime.OutboxRows.awaitDelivered;
import static dev.rustok.runtime.OutboxRows.effects;
import static dev.rustok.runtime.OutboxRows.jdbc;
import static dev.rustok.runtime.OutboxRows.outbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The transactional outbox and its relay on real PostgreSQL (docs/adr/0054, 0055): events
 * commit with their change, reach every handler once, in aggregate order, survive a
 * poison event and are pruned after the retention.
 */
class OutboxIT extends RuntimeIntegrationTest {

	@Autowired
	Catalog catalog;

	@Autowired
	Inventory inventory;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ScheduledTaskHolder scheduledTasks;

	@Test
	void aProductCreatedThroughTheApiIsStoredInItsEnvelopeAndHandledOnce() {
		Shop shop = shop("acme");
		String sku = CatalogApiIT.sku("OUTBOX");

		UUID productId = UUID.fromString(this.runtime
			.createProduct(shop.id(), shop.ownerToken(), RuntimeClient.productJson(sku, "Boxed mug", 900, "EUR"))
			.json()
			.get("id")
			.asString());

		awaitDelivered(productId);
		Map<String, Object> stored = outbox(productId).getFirst();
		assertThat(stored).containsEntry("tenant_id", shop.id())
			.containsEntry("type", "catalog.ProductCreated")
			.containsEntry("schema_version", 1)
			.containsEntry("aggregate_type", "product");
		assertThat(stored.get("correlation_id")).isNotNull();
		assertThat(stored.get("id").toString()).as("a version 7 UUID").matches("[0-9a-f]{8}-[0-9a-f]{4}-7.*");
		assertThat(stored.get("payload").toString()).contains("\"handle\"").contains(shop.id());
		assertThat(effects(productId)).singleElement()
			.satisfies((effect) -> assertThat(effect).containsEntry("applied", 1)
				.containsEntry("type", "catalog.ProductCreated")
				.containsEntry("tenant_id", shop.id()));
	}

	@Test
	void aRolledBackChangeLeavesNeitherItsRowsNorItsEvent() {
		Shop shop = shop("acme");
		Tenant tenant = tenant(shop);
		String sku = CatalogApiIT.sku("ROLLBACK");

		Product created = new TransactionTemplate(this.transactions).execute((status) -> {
			Product product = this.catalog.createProduct(tenant, product(sku));
			status.setRollbackOnly();
			return product;
		});

		assertThat(outbox(created.id().value())).isEmpty();
		assertThat(shop.skusInOwnSchema()).doesNotContain(sku);
	}

	@Test
	void stockChangesGoThroughTheOutboxAsTheVariantsEvents() {
		Shop shop = shop("stock-events");
		UUID variant = Variants.aVariant(shop.route().schema(), true);

		this.inventory.adjust(tenant(shop), new VariantId(variant), StockChange.of(null, 7, "received", null), "test");

		awaitDelivered(variant);
		assertThat(outbox(variant)).singleElement()
			.satisfies((stored) -> assertThat(stored).containsEntry("type", "inventory.StockAdjusted")
				.containsEntry("aggregate_type", "stock"));
		assertThat(effects(variant)).hasSize(1);
	}

	@Test
	void deliversTheEventsOfOneAggregateInTheOrderTheyWereWritten() {
		TenantId tenant = new TenantId(shop("acme").id());
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		List<DomainEvent> events = new ArrayList<>();
		IntStream.rangeClosed(1, 30).forEach((version) -> {
			events.add(new ProductUpdated(tenant, first, "first", "active", version));
			events.add(new ProductUpdated(tenant, second, "second", "active", version));
		});

		OutboxRows.publishEach(this.transactions, this.publisher, events);

		awaitDelivered(first);
		awaitDelivered(second);
		for (UUID aggregate : List.of(first, second)) {
			assertThat(effects(aggregate)).extracting((effect) -> ((Number) effect.get("aggregate_version")).intValue())
				.containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
		}
	}

	@Test
	void aHandlerTakesOnlyTheEventsItWantsAndLeavesNoReceiptOfTheOthers() {
		TenantId tenant = new TenantId(shop("acme").id());
		UUID product = UUID.randomUUID();
		UUID cart = UUID.randomUUID();

		OutboxRows.publishEach(this.transactions, this.publisher,
				List.of(new ProductUpdated(tenant, product, "wanted", "active", 1),
						new CartCheckedOut(tenant, cart, UUID.randomUUID(), 1, null, 1, 1, new Money(100, "EUR"))));

		awaitDelivered(product);
		awaitDelivered(cart);
		assertThat(handlersWithReceipts(product)).containsExactlyInAnyOrder("catalog-index", "storefront-cache",
				"webhooks.fan-out", "test-recorder");
		// the read model and the storefront's cache hold no cart
		assertThat(handlersWithReceipts(cart)).containsExactlyInAnyOrder("webhooks.fan-out", "test-recorder");
	}

	@Test
	void aPoisonEventIsDeadLetteredAfterFiveAttemptsWhileTheEventsBehindItFlow() {
		TenantId tenant = new TenantId(shop("acme").id());
		UUID poisonedProduct = UUID.randomUUID();
		String handle = "poison-" + poisonedProduct;
		RecordingHandler.poisoned.add(handle);
		List<UUID> others = IntStream.range(0, 10).mapToObj((i) -> UUID.randomUUID()).toList();
		List<DomainEvent> events = new ArrayList<>();
		events.add(new ProductCreated(tenant, poisonedProduct, handle, "draft"));
		events.add(new ProductUpdated(tenant, poisonedProduct, handle, "active", 2));
		others.forEach((other) -> events.add(new ProductCreated(tenant, other, "fine-" + other, "draft")));

		OutboxRows.publishEach(this.transactions, this.publisher, events);

		others.forEach(OutboxRows::awaitDelivered);
		awaitDelivered(poisonedProduct);
		Map<String, Object> dead = OutboxRows.deadLetter(poisonedProduct);
		assertThat(dead).containsEntry("attempts", 5).containsEntry("type", "catalog.ProductCreated");
		assertThat(dead.get("last_error").toString()).contains("poisoned handle " + handle);
		assertThat(effects(poisonedProduct)).as("only the update behind the poison event was applied")
			.singleElement()
			.satisfies((effect) -> assertThat(effect).containsEntry("type", "catalog.ProductUpdated"));
		others.forEach((other) -> assertThat(effects(other)).hasSize(1));
	}

	@Test
	void aBatchReachesEachHandlerInOneTransactionAndEveryEventOnce() {
		TenantId tenant = new TenantId(shop("acme").id());
		List<UUID> products = IntStream.range(0, 12).mapToObj((i) -> UUID.randomUUID()).toList();

		OutboxRows.publishTogether(this.transactions, this.publisher,
				products.stream()
					.map((product) -> (DomainEvent) new ProductCreated(tenant, product, "together-" + product, "draft"))
					.toList());

		products.forEach(OutboxRows::awaitDelivered);
		List<Map<String, Object>> effects = products.stream()
			.map((product) -> effects(product))
			.flatMap(List::stream)
			.toList();
		assertThat(effects).hasSize(products.size())
			.allSatisfy((effect) -> assertThat(effect).containsEntry("applied", 1));
		assertThat(effects).extracting((effect) -> effect.get("txid"))
			.as("one transaction for the batch")
			.containsOnly(effects.getFirst().get("txid"));
		products.forEach((product) -> assertThat(handlersWithReceipts(product))
			.containsExactlyInAnyOrder("catalog-index", "storefront-cache", "webhooks.fan-out", "test-recorder"));
	}

	@Test
	void aPoisonEventInABatchCostsTheOthersNothingButTheirOwnTransactions() {
		TenantId tenant = new TenantId(shop("acme").id());
		UUID poisonedProduct = UUID.randomUUID();
		String handle = "poison-" + poisonedProduct;
		RecordingHandler.poisoned.add(handle);
		List<UUID> others = IntStream.range(0, 8).mapToObj((i) -> UUID.randomUUID()).toList();
		List<DomainEvent> events = new ArrayList<>();
		others.subList(0, 4)
			.forEach((other) -> events.add(new ProductCreated(tenant, other, "fine-" + other, "draft")));
		events.add(new ProductCreated(tenant, poisonedProduct, handle, "draft"));
		others.subList(4, 8)
			.forEach((other) -> events.add(new ProductCreated(tenant, other, "fine-" + other, "draft")));

		OutboxRows.publishTogether(this.transactions, this.publisher, events);

		others.forEach(OutboxRows::awaitDelivered);
		// the batch failed together, so each of the others was applied on its own, once
		List<Map<String, Object>> effects = others.stream()
			.map((other) -> effects(other))
			.flatMap(List::stream)
			.toList();
		assertThat(effects).hasSize(others.size())
			.allSatisfy((effect) -> assertThat(effect).containsEntry("applied", 1));
		assertThat(effects).extracting((effect) -> effect.get("txid")).doesNotHaveDuplicates();
		others.forEach((other) -> assertThat(handlersWithReceipts(other)).containsExactlyInAnyOrder("catalog-index",
				"storefront-cache", "webhooks.fan-out", "test-recorder"));
		await().atMost(OutboxRows.PATIENCE).until(() -> OutboxRows.deadLetters(poisonedProduct) == 1);
		assertThat(OutboxRows.deadLetter(poisonedProduct)).containsEntry("attempts", 5);
		assertThat(effects(poisonedProduct)).isEmpty();
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		TenantId tenant = new TenantId(shop("acme").id());
		UUID product = UUID.randomUUID();
		OutboxRows.publishEach(this.transactions, this.publisher,
				List.of(new ProductCreated(tenant, product, "again-" + product, "draft")));
		awaitDelivered(product);

		// as after a node died between the handler's commit and marking the event
		// delivered
		jdbc()
			.sql("update rustok_events.outbox_event set delivered_at = null, next_attempt_at = now() "
					+ "where aggregate_id = ?")
			.param(product)
			.update();
		jdbc().sql("notify rustok_outbox").update();

		awaitDelivered(product);
		assertThat(effects(product)).singleElement()
			.satisfies((effect) -> assertThat(effect).containsEntry("applied", 1));
	}

	@Test
	void prunesDeliveredEventsAndReceiptsOlderThanTheRetentionOnly() {
		TenantId tenant = new TenantId(shop("acme").id());
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		OutboxRows.publishEach(this.transactions, this.publisher,
				List.of(new ProductCreated(tenant, old, "old-" + old, "draft"),
						new ProductCreated(tenant, recent, "recent-" + recent, "draft")));
		awaitDelivered(old);
		awaitDelivered(recent);
		age(old, "8 days");
		age(recent, "6 days");

		runPruning();

		assertThat(outbox(old)).isEmpty();
		assertThat(receipts(old)).isZero();
		assertThat(outbox(recent)).hasSize(1);
		assertThat(receipts(recent)).isOne();
	}

	private static List<String> handlersWithReceipts(UUID aggregate) {
		return jdbc()
			.sql("select h.handler from rustok_events.handled_event h join rustok_events.outbox_event e "
					+ "on e.id = h.event_id where e.aggregate_id = ?")
			.param(aggregate)
			.query(String.class)
			.list();
	}

	private void runPruning() {
		this.scheduledTasks.getScheduledTasks()
			.stream()
			.map((task) -> task.getTask().getRunnable())
			.filter((runnable) -> runnable.toString().contains("OutboxPruning"))
			.findFirst()
			.orElseThrow()
			.run();
	}

	private static void age(UUID aggregate, String age) {
		jdbc().sql("update rustok_events.outbox_event set delivered_at = now() - ?::interval where aggregate_id = ?")
			.params(age, aggregate)
			.update();
		jdbc()
			.sql("update rustok_events.handled_event set handled_at = now() - ?::interval where event_id in "
					+ "(select id from rustok_events.outbox_event where aggregate_id = ?)")
			.params(age, aggregate)
			.update();
	}

	private static int receipts(UUID aggregate) {
		return jdbc()
			// the recording handler's receipts: other handlers (the indexer, webhooks,
			// the
			// cache) keep their own for the same events
			.sql("select count(*) from rustok_events.handled_event h where h.handler = 'test-recorder' and "
					+ "h.event_id in (select e.event_id from outbox_it.effect e where e.aggregate_id = ?)")
			.param(aggregate)
			.query(Integer.class)
			.single();
	}

	private static ProductInput product(String sku) {
		return new ProductInput("Rolled back", null, null, null, null, null,
				List.of(new VariantInput(null, sku, List.of(), List.of(new PriceInput("EUR", 100L, null)), null, null)),
				null, null, null, null, null);
	}

	static Tenant tenant(Shop shop) {
		return new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm());
	}

}
