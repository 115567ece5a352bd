package dev.rustok.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.catalogindex.ProductDocuments;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import dev.rustok.runtime.tenancy.TenantShards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.rustok.runtime.OutboxRows.jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault test of issue 13: a runtime node in a child JVM, the only node relaying,
 * takes thousands of stock adjustments over HTTP and relays their events; it is killed
 * with SIGKILL in the middle, a new node starts in its place, and afterwards every
 * committed adjustment has exactly one effect: one event, one receipt per handler, one
 * increment of a counter that a duplicate would inflate and a loss would leave short, and
 * a storefront read model equal to a projection of the write model made afresh. (A poison
 * event going to the dead letters after 5 attempts while the others flow is OutboxIT's.)
 */
class KilledRelayNodeIT extends RuntimeIntegrationTest {

	private static final int PRODUCTS = 40;

	private static final int ADJUSTMENTS = 2_000;

	private static final int WRITERS = 4;

	private static final Duration PATIENCE = Duration.ofMinutes(4);

	private final List<Process> children = new ArrayList<>();

	@Autowired
	ApplicationContext context;

	@Autowired
	ProductDocuments documents;

	@Autowired
	PlatformTransactionManager transactions;

	// this JVM's node relays too: stopped, so the child is the node whose death counts
	@BeforeEach
	void relayOnlyInTheChild() {
		relayOfThisNode().stop();
	}

	@AfterEach
	void stopChildrenAndRelayHereAgain() throws InterruptedException {
		for (Process child : this.children) {
			child.destroyForcibly().waitFor();
		}
		relayOfThisNode().start();
	}

	@Test
	void everyCommittedAdjustmentHasExactlyOneEffectAfterTheRelayingNodeIsKilled() throws Exception {
		Shop shop = shop("killed");
		int port = FreePorts.next();
		int managementPort = FreePorts.next();
		int clusterPort = FreePorts.next();
		Process first = start(port, managementPort, clusterPort, "first");
		RuntimeClient client = new RuntimeClient(port);
		List<UUID> variants = products(client, shop);
		Writes writes = new Writes(variants);
		long killedAt;
		int pendingAtKill;
		long restartedAfter;
		long writesDone;

		try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < WRITERS; writer++) {
				done.add(writers.submit(() -> writes.run(client, shop)));
			}
			await().atMost(PATIENCE)
				.until(() -> writes.answered() >= ADJUSTMENTS * 3 / 10 && effectsBy(shop, "first") > 0);
			first.destroyForcibly().waitFor();
			killedAt = writes.answered();
			pendingAtKill = undelivered(shop);
			long restarting = System.nanoTime();
			// a new cluster port, as a restarted pod gets a new address
			start(port, managementPort, FreePorts.next(), "restarted");
			restartedAfter = System.nanoTime() - restarting;
			for (Future<?> writer : done) {
				writer.get();
			}
			writesDone = System.nanoTime();
		}
		await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> undelivered(shop) == 0);
		long drained = System.nanoTime() - writesDone;

		Map<String, Integer> committed = committedAdjustments(shop);
		int events = events(shop).size();
		System.out.printf(
				"KilledRelayNodeIT: %d adjustment requests, %d answered 201, %d unanswered (%d of those committed); "
						+ "killed after %d answers with %d events undelivered; restarted node healthy after %d ms; "
						+ "%d events relayed (%d by the killed node, %d by the restarted one), duplicates %d; "
						+ "drained %d ms after the last write%n",
				writes.attempts(), writes.answered(), writes.unanswered().size(), committed.size() - writes.answered(),
				killedAt, pendingAtKill, restartedAfter / 1_000_000, events, effectsBy(shop, "first"),
				effectsBy(shop, "restarted"), duplicates(shop), drained / 1_000_000);

		everyAnsweredAdjustmentIsCommittedAndNoOtherIs(writes, committed);
		everyCommittedChangeHasOneEventAndOneEffect(shop);
		theCounterOfEachVariantEqualsItsStock(shop);
		theReadModelIsAProjectionOfTheWriteModel(shop, variants.size());
		assertThat(effectsBy(shop, "first")).as("the killed node relayed before it died").isPositive();
		assertThat(effectsBy(shop, "restarted")).as("the restarted node relayed the rest").isPositive();
	}

	// an answered write is stored; an unanswered one may be (it committed, the answer
	// died with the node), but nothing is stored that no request asked for
	private static void everyAnsweredAdjustmentIsCommittedAndNoOtherIs(Writes writes, Map<String, Integer> committed) {
		assertThat(writes.answered()).isGreaterThanOrEqualTo(ADJUSTMENTS);
		assertThat(committed).containsAllEntriesOf(writes.answeredDeltas());
		Set<String> withoutAnswer = new HashSet<>(committed.keySet());
		withoutAnswer.removeAll(writes.answeredDeltas().keySet());
		assertThat(writes.unanswered()).containsAll(withoutAnswer);
	}

	private static void everyCommittedChangeHasOneEventAndOneEffect(Shop shop) {
		String schema = quoted(shop.route().schema());
		Map<UUID, Integer> adjustmentsPerVariant = countsBy(
				jdbc().sql("select variant_id, count(*) from " + schema + ".inventory_adjustment group by variant_id")
					.query((row, index) -> Map.entry(row.getObject(1, UUID.class), row.getInt(2)))
					.list());
		Map<UUID, Integer> eventsPerVariant = countsBy(jdbc()
			.sql("select aggregate_id, count(*) from rustok_events.outbox_event where tenant_id = ? "
					+ "and type = 'inventory.StockAdjusted' group by aggregate_id")
			.param(shop.id())
			.query((row, index) -> Map.entry(row.getObject(1, UUID.class), row.getInt(2)))
			.list());
		assertThat(eventsPerVariant).as("one StockAdjusted event per committed adjustment")
			.isEqualTo(adjustmentsPerVariant);

		Set<UUID> events = events(shop);
		Set<UUID> affected = new HashSet<>(jdbc().sql("select event_id from outbox_it.effect where tenant_id = ?")
			.param(shop.id())
			.query(UUID.class)
			.list());
		assertThat(affected).as("no event lost").isEqualTo(events);
		assertThat(duplicates(shop)).as("no event applied twice").isZero();
		List<Map<String, Object>> receipts = jdbc()
			.sql("select handler, count(*) as receipts, count(distinct event_id) as events "
					+ "from rustok_events.handled_event where tenant_id = ? group by handler")
			.param(shop.id())
			.query()
			.listOfRows();
		assertThat(receipts).extracting((receipt) -> receipt.get("handler")).contains("catalog-index", "test-recorder");
		assertThat(receipts).allSatisfy((receipt) -> assertThat(receipt).containsEntry("receipts", (long) events.size())
			.containsEntry("events", (long) events.size()));
		assertThat(jdbc().sql("select count(*) from rustok_events.dead_letter where tenant_id = ?")
			.param(shop.id())
			.query(Integer.class)
			.single()).isZero();
	}

	// RecordingHandler adds each StockAdjusted's delta to a counter of its own: a
	// duplicate delivery would add it twice, a lost one not at all
	private static void theCounterOfEachVariantEqualsItsStock(Shop shop) {
		String schema = quoted(shop.route().schema());
		Map<UUID, Integer> onHand = countsBy(jdbc()
			.sql("select variant_id, sum(on_hand)::int from " + schema + ".inventory_level group by variant_id")
			.query((row, index) -> Map.entry(row.getObject(1, UUID.class), row.getInt(2)))
			.list());
		Map<UUID, Integer> adjusted = countsBy(jdbc()
			.sql("select variant_id, sum(delta)::int from " + schema + ".inventory_adjustment group by variant_id")
			.query((row, index) -> Map.entry(row.getObject(1, UUID.class), row.getInt(2)))
			.list());
		Map<UUID, Integer> counted = countsBy(
				jdbc().sql("select variant_id, on_hand from outbox_it.stock where tenant_id = ?")
					.param(shop.id())
					.query((row, index) -> Map.entry(row.getObject(1, UUID.class), row.getInt(2)))
					.list());
		assertThat(onHand).isEqualTo(adjusted);
		assertThat(counted).isEqualTo(onHand);
	}

	/**
	 * What the storefront serves after the crash, compared with the documents the
	 * indexer's own projection makes from the write model now: a lost event would leave a
	 * product unavailable after its stock came.
	 */
	private void theReadModelIsAProjectionOfTheWriteModel(Shop shop, int products) {
		String schema = quoted(shop.route().schema());
		Map<UUID, String> served = readModel(schema);
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		List<UUID> ids = jdbc().sql("select id from " + schema + ".product").query(UUID.class).list();
		TenantShards.on(tenant.shard(), () -> {
			new TransactionTemplate(this.transactions)
				.executeWithoutResult((status) -> this.documents.rebuild(tenant, ids));
			return null;
		});
		Map<UUID, String> projected = readModel(schema);

		assertThat(served).hasSize(products).isEqualTo(projected);
		assertThat(jdbc().sql("select count(*) from " + schema + ".read_product where available")
			.query(Integer.class)
			.single()).as("every product's stock came").isEqualTo(products);
	}

	private static Map<UUID, String> readModel(String schema) {
		Map<UUID, String> documents = new HashMap<>();
		jdbc()
			.sql("select p.product_id, concat_ws('|', p.handle, p.title, p.available, p.document::text, "
					+ "p.facets::text, p.search::text, (select string_agg(concat_ws(':', r.currency, r.min_minor, "
					+ "r.max_minor, r.amounts::text), ',' order by r.currency) from " + schema
					+ ".read_product_price r where r.product_id = p.product_id)) from " + schema + ".read_product p")
			.query((row, index) -> documents.put(row.getObject(1, UUID.class), row.getString(2)))
			.list();
		return documents;
	}

	// created before the writes, through the first node: their variants take the stock
	private static List<UUID> products(RuntimeClient client, Shop shop) {
		List<UUID> variants = new ArrayList<>();
		for (int product = 0; product < PRODUCTS; product++) {
			RuntimeClient.Answer created = client.createProduct(shop.id(), shop.ownerToken(), RuntimeClient
				.productJson(CatalogApiIT.sku("KILL"), "Killed " + product + " " + UUID.randomUUID(), 100, "EUR"));
			assertThat(created.status()).isEqualTo(201);
			variants.add(UUID.fromString(created.json().get("variants").get(0).get("id").asString()));
		}
		return variants;
	}

	/**
	 * The adjustments the writers sent, each with a note naming it: those answered 201
	 * with their delta, those that got no answer because the node died.
	 */
	private static final class Writes {

		private final List<UUID> variants;

		private final AtomicInteger sent = new AtomicInteger();

		private final Map<String, Integer> answered = new ConcurrentHashMap<>();

		private final Set<String> unanswered = ConcurrentHashMap.newKeySet();

		Writes(List<UUID> variants) {
			this.variants = variants;
		}

		// only answered writes count, so the writers go on through the restart
		void run(RuntimeClient client, Shop shop) {
			while (this.answered.size() < ADJUSTMENTS) {
				int n = this.sent.getAndIncrement();
				String note = "kill-" + n;
				int delta = 1 + n % 3;
				UUID variant = this.variants.get(n % this.variants.size());
				try {
					RuntimeClient.Answer answer = client.post(shop.id(), shop.ownerToken(),
							"/api/admin/inventory/variants/" + variant + "/adjustments",
							"{\"delta\":" + delta + ",\"reason\":\"received\",\"note\":\"" + note + "\"}");
					assertThat(answer.status()).as(answer.body()).isEqualTo(201);
					this.answered.put(note, delta);
				}
				catch (IllegalStateException down) {
					// the node is down: this write did not happen, or happened unanswered
					this.unanswered.add(note);
					pause();
				}
			}
		}

		int attempts() {
			return this.sent.get();
		}

		int answered() {
			return this.answered.size();
		}

		Map<String, Integer> answeredDeltas() {
			return Map.copyOf(this.answered);
		}

		Set<String> unanswered() {
			return Set.copyOf(this.unanswered);
		}

	}

	private Process start(int port, int managementPort, int clusterPort, String name) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						RelayNodeMain.class.getName()));
		command.addAll(RuntimePlatform.childNodeArguments(port, managementPort, clusterPort));
		command.addAll(List.of("--rustok.test.node=" + name, "--rustok.outbox.lease=PT5S"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File("target/killed-relay-node-" + name + ".log"));
		builder.environment().putAll(RuntimePlatform.childNodeSecrets());
		Process process = builder.start();
		this.children.add(process);
		RuntimeClient management = new RuntimeClient(managementPort);
		await().atMost(PATIENCE).ignoreExceptions().until(() -> {
			assertThat(process.isAlive()).as("node '%s' is running, see its log", name).isTrue();
			return management.send(management.unsigned("/actuator/health").GET()).status() == 200;
		});
		return process;
	}

	private Lifecycle relayOfThisNode() {
		return this.context.getBean("outboxRelay", Lifecycle.class);
	}

	private static Map<String, Integer> committedAdjustments(Shop shop) {
		Map<String, Integer> committed = new HashMap<>();
		jdbc().sql("select note, delta from " + quoted(shop.route().schema()) + ".inventory_adjustment")
			.query((row, index) -> committed.put(row.getString(1), row.getInt(2)))
			.list();
		return committed;
	}

	private static Set<UUID> events(Shop shop) {
		return new HashSet<>(jdbc().sql("select id from rustok_events.outbox_event where tenant_id = ?")
			.param(shop.id())
			.query(UUID.class)
			.list());
	}

	private static int effectsBy(Shop shop, String node) {
		return jdbc().sql("select count(*) from outbox_it.effect where tenant_id = ? and node = ?")
			.param(shop.id())
			.param(node)
			.query(Integer.class)
			.single();
	}

	private static int duplicates(Shop shop) {
		return jdbc().sql("select count(*) from outbox_it.effect where tenant_id = ? and applied <> 1")
			.param(shop.id())
			.query(Integer.class)
			.single();
	}

	private static int undelivered(Shop shop) {
		return jdbc()
			.sql("select count(*) from rustok_events.outbox_event where tenant_id = ? and delivered_at is null")
			.param(shop.id())
			.query(Integer.class)
			.single();
	}

	private static <K> Map<K, Integer> countsBy(List<Map.Entry<K, Integer>> rows) {
		Map<K, Integer> counts = new HashMap<>();
		rows.forEach((row) -> counts.put(row.getKey(), row.getValue()));
		return counts;
	}

	private static String quoted(String schema) {
		return "\"" + schema + "\"";
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
