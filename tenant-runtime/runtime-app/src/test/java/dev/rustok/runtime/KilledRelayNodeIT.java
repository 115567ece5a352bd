package dev.rustok.runtime;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.rustok.devservices.FreePorts;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.rustok.runtime.OutboxRows.jdbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault test of issue 13: a runtime node in a child JVM takes thousands of product
 * creations over HTTP and relays their events; it is killed with SIGKILL in the middle,
 * restarted, and afterwards every product that was committed has exactly one effect in
 * the handler's table: none lost, none applied twice.
 */
class KilledRelayNodeIT extends RuntimeIntegrationTest {

	private static final int WRITES = 2_000;

	private final List<Process> children = new ArrayList<>();

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

	// only answered writes count, so the writers go on through the restart
	private static void write(RuntimeClient client, Shop shop, String token, AtomicInteger answered,
			AtomicInteger created) {
		while (answered.get() < WRITES) {
			try {
				int status = client
					.createProduct(shop.id(), token,
							RuntimeClient.productJson(CatalogApiIT.sku("KILL"), "Killed " + UUID.randomUUID(), 100,
									"EUR"))
					.status();
				answered.incrementAndGet();
				if (status == 201) {
					created.incrementAndGet();
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
