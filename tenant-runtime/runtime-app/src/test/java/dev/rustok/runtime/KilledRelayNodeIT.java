package dev.rustok.runtime;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.rustok.runtime.OutboxRows.jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault test of issue 13: a runtime node in a child JVM takes thousands of product
 * creations, stock receipts and archivings over HTTP and relays their events; it is
 * killed with SIGKILL in the middle, restarted, and afterwards every committed event has
 * exactly one effect in the handler's table (none lost, none applied twice) and the
 * storefront's read model holds exactly the committed products in their final state: it
 * equals a projection of the write model made afresh. (A poison event going to the dead
 * letters after 5 attempts while the others flow is OutboxIT's.)
 */
class KilledRelayNodeIT extends RuntimeIntegrationTest {

	private static final int WRITES = 2_000;

	private final List<Process> children = new ArrayList<>();

	@Autowired
	ProductDocuments documents;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void stopChildren() {
		this.children.forEach(Process::destroyForcibly);
	}

	@Test
	void everyCommittedProductHasExactlyOneEffectAfterANodeIsKilledDuringWrites() throws Exception {
		Shop shop = shop("killed");
		String token = shop.ownerToken();
		int port = FreePorts.next();
		int managementPort = FreePorts.next();
		int clusterPort = FreePorts.next();
		Process node = start(port, managementPort, clusterPort, "first");
		RuntimeClient client = new RuntimeClient(port);
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();

		try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				done.add(writers.submit(() -> write(client, shop, token, answered, created)));
			}
			await().atMost(Duration.ofMinutes(2)).until(() -> created.get() >= 500);
			node.destroyForcibly().waitFor();
			int createdWhenKilled = created.get();
			start(port, managementPort, clusterPort, "restarted");
			for (Future<?> writes : done) {
				writes.get();
			}
			assertThat(created.get()).as("writes went on after the restart").isGreaterThan(createdWhenKilled);
		}

		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> undelivered(shop) == 0);
		everyEventHasExactlyOneEffect(shop);
		theReadModelIsAProjectionOfTheWriteModel(shop);
		Set<UUID> committed = new HashSet<>(
				jdbc().sql("select id from " + quoted(shop.route().schema()) + ".product").query(UUID.class).list());
		List<Integer> applied = jdbc()
			.sql("select applied from outbox_it.effect where tenant_id = ? and type = 'catalog.ProductCreated'")
			.param(shop.id())
			.query(Integer.class)
			.list();
		Set<UUID> affected = new HashSet<>(jdbc()
			.sql("select aggregate_id from outbox_it.effect where tenant_id = ? and type = 'catalog.ProductCreated'")
			.param(shop.id())
			.query(UUID.class)
			.list());
		assertThat(committed).hasSizeGreaterThanOrEqualTo(created.get());
		assertThat(affected).isEqualTo(committed);
		assertThat(applied).hasSize(committed.size()).containsOnly(1);
	}

	private void everyEventHasExactlyOneEffect(Shop shop) {
		Set<UUID> events = new HashSet<>(jdbc().sql("select id from rustok_events.outbox_event where tenant_id = ?")
			.param(shop.id())
			.query(UUID.class)
			.list());
		Set<UUID> affected = new HashSet<>(jdbc().sql("select event_id from outbox_it.effect where tenant_id = ?")
			.param(shop.id())
			.query(UUID.class)
			.list());
		List<Integer> applied = jdbc().sql("select applied from outbox_it.effect where tenant_id = ?")
			.param(shop.id())
			.query(Integer.class)
			.list();
		int products = jdbc().sql("select count(*) from " + quoted(shop.route().schema()) + ".product")
			.query(Integer.class)
			.single();
		assertThat(events).as("stock and archive events beside the creations").hasSizeGreaterThan(products);
		assertThat(affected).isEqualTo(events);
		assertThat(applied).containsOnly(1);
	}

	/**
	 * What the storefront serves after the crash, compared with the documents the
	 * indexer's own projection makes from the write model now: a lost event would leave a
	 * product missing, unavailable after its stock came or listed after its archiving.
	 */
	private void theReadModelIsAProjectionOfTheWriteModel(Shop shop) {
		String schema = quoted(shop.route().schema());
		Map<UUID, String> served = readModel(schema);
		Tenant tenant = new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm(),
				shop.route().shard());
		List<UUID> products = jdbc().sql("select id from " + schema + ".product").query(UUID.class).list();
		TenantShards.on(tenant.shard(), () -> {
			new TransactionTemplate(this.transactions)
				.executeWithoutResult((status) -> this.documents.rebuild(tenant, products));
			return null;
		});
		Map<UUID, String> projected = readModel(schema);

		assertThat(served).hasSize(projected.size()).isEqualTo(projected);
		Set<UUID> active = new HashSet<>(
				jdbc().sql("select id from " + schema + ".product where status = 'active'").query(UUID.class).list());
		assertThat(served.keySet()).isEqualTo(active);
		int archived = jdbc().sql("select count(*) from " + schema + ".product where status = 'archived'")
			.query(Integer.class)
			.single();
		int available = jdbc().sql("select count(*) from " + schema + ".read_product where available")
			.query(Integer.class)
			.single();
		assertThat(archived).as("archivings happened").isPositive();
		assertThat(available).as("stock receipts made products available").isPositive();
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

	// only answered writes count, so the writers go on through the restart; every third
	// product then gets stock (inventory.StockAdjusted), every fifth is archived
	private static void write(RuntimeClient client, Shop shop, String token, AtomicInteger answered,
			AtomicInteger created) {
		while (answered.get() < WRITES) {
			try {
				RuntimeClient.Answer product = client.createProduct(shop.id(), token,
						RuntimeClient.productJson(CatalogApiIT.sku("KILL"), "Killed " + UUID.randomUUID(), 100, "EUR"));
				answered.incrementAndGet();
				if (product.status() == 201) {
					int n = created.incrementAndGet();
					String id = product.json().get("id").asString();
					if (n % 3 == 0) {
						String variant = product.json().get("variants").get(0).get("id").asString();
						client.post(shop.id(), token, "/api/admin/inventory/variants/" + variant + "/adjustments",
								"{\"delta\":2,\"reason\":\"received\"}");
					}
					if (n % 5 == 0) {
						client.post(shop.id(), token, "/api/admin/products/" + id + "/archive", "");
					}
				}
			}
			catch (RuntimeException refused) {
				// the node is down: this write did not happen, or happened without an
				// answer
				pause();
			}
		}
	}

	private Process start(int port, int managementPort, int clusterPort, String name) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						RelayNodeMain.class.getName()));
		command.addAll(RuntimePlatform.nodeArguments(port, managementPort, clusterPort));
		command.addAll(List.of("--rustok.test.node=" + name, "--rustok.outbox.lease=PT5S",
				"--rustok.outbox.first-retry=PT0.02S", "--rustok.outbox.max-retry=PT0.1S"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File("target/killed-relay-node-" + name + ".log"))
			.start();
		this.children.add(process);
		RuntimeClient management = new RuntimeClient(managementPort);
		await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> {
			assertThat(process.isAlive()).isTrue();
			return management.send(management.unsigned("/actuator/health").GET()).status() == 200;
		});
		return process;
	}

	private static int undelivered(Shop shop) {
		return jdbc()
			.sql("select count(*) from rustok_events.outbox_event where tenant_id = ? and delivered_at is null")
			.param(shop.id())
			.query(Integer.class)
			.single();
	}

	private static String quoted(String schema) {
		return "\"" + schema + "\"";
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
