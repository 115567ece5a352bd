package dev.rustok.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Event → read model lag under a paced write load (issue 13): {@code -Dbench.rate}
 * product creations per second (25 by default) for {@code -Dbench.seconds} (20) through
 * the admin API of this one node; for each product, the time from its write (the
 * product's {@code created_at}, the write transaction's start) to its document's
 * {@code indexed_at} (the relay's rebuild, {@code clock_timestamp()}), both read from the
 * same database clock. Prints p50/p99 of the lag and of the write's own HTTP latency. A
 * benchmark: {@code -Drustok.benchmarks=true} (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "rustok.benchmarks", matches = "true")
class IndexerLagIT extends RuntimeIntegrationTest {

	private static final int RATE = Integer.getInteger("bench.rate", 25);

	private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

	@Test
	void printsTheLagFromAWriteToItsDocument() throws Exception {
		Shop shop = shop("lag");
		String token = shop.ownerToken();
		int writes = RATE * SECONDS;
		ConcurrentLinkedQueue<Long> writeNanos = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < writes; i++) {
				long due = start + i * 1_000_000_000L / RATE;
				int n = i;
				writers.submit(() -> {
					// paced open-loop: each write starts on its slot, however slow the
					// others
					LockSupport.parkNanos(due - System.nanoTime());
					long sent = System.nanoTime();
					var answer = this.runtime.createProduct(shop.id(), token,
							RuntimeClient.json(Map.of("title", "Lag " + n, "status", "active", "trackInventory", false,
									"variants", List.of(Map.of("sku", "LAG-" + UUID.randomUUID(), "prices",
											List.of(Map.of("currency", "EUR", "amountMinor", 100)))))));
					writeNanos.add(System.nanoTime() - sent);
					if (answer.status() != 201) {
						failures.add(answer.status());
					}
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		String schema = "\"" + shop.route().schema() + "\"";
		JdbcClient sql = JdbcClient.create(RuntimePlatform.DATABASE.dataSource());
		await().atMost(java.time.Duration.ofMinutes(2))
			.pollInterval(java.time.Duration.ofMillis(200))
			.until(() -> sql.sql("select count(*) from " + schema + ".read_product").query(Long.class).single(),
					(count) -> count == writes - failures.size());
		List<Double> lags = sql
			.sql("select extract(epoch from r.indexed_at - p.created_at) * 1000 from " + schema
					+ ".read_product r join " + schema + ".product p on p.id = r.product_id order by 1")
			.query(Double.class)
			.list();
		List<Long> sorted = new ArrayList<>(writeNanos);
		sorted.sort(null);
		System.out.printf(
				"indexer lag: %d creations at %d/s offered (%.0f/s done) over %.1f s, %d failed: lag p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
						+ " create p50 %.1f ms, p99 %.1f ms%n",
				writes, RATE, writes / seconds, seconds, failures.size(), lags.get(lags.size() / 2),
				lags.get((int) (lags.size() * 0.99)), lags.getLast(), sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) (sorted.size() * 0.99)) / 1e6);
		assertThat(failures).isEmpty();
		assertThat(lags).hasSize(writes);
	}

}
